package cn.hezuo.group;

import cn.hezuo.testsupport.OnMariaDb;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of chosen group emblems and colours on MariaDB. */
@OnMariaDb
class GroupEmblemMariaDbRepositoryTest extends GroupEmblemRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
