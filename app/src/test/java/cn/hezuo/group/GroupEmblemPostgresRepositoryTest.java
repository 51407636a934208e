package cn.hezuo.group;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of chosen group emblems and colours on PostgreSQL. */
@OnPostgreSql
class GroupEmblemPostgresRepositoryTest extends GroupEmblemRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
