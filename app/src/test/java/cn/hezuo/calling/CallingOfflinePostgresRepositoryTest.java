package cn.hezuo.calling;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of offline random calls on PostgreSQL. */
@OnPostgreSql
class CallingOfflinePostgresRepositoryTest extends CallingOfflineRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
