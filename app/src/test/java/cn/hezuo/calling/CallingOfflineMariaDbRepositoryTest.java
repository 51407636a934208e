package cn.hezuo.calling;

import cn.hezuo.testsupport.OnMariaDb;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of offline random calls on MariaDB. */
@OnMariaDb
class CallingOfflineMariaDbRepositoryTest extends CallingOfflineRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
