package cn.hezuo.mutualhelp.questions;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnMariaDb;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline's repository contract on MariaDB. */
@OnMariaDb
class MutualHelpMariaDbRepositoryTest extends MutualHelpRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
