package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.testsupport.OnMariaDb;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of 帮扶对子 on MariaDB. */
@OnMariaDb
class HelpPairsMariaDbRepositoryTest extends HelpPairsRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
