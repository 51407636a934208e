package cn.hezuo.mutualhelp.questions;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnPostgreSql;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline's repository contract on PostgreSQL. */
@OnPostgreSql
class MutualHelpPostgresRepositoryTest extends MutualHelpRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
