package cn.hezuo.mutualhelp.questions;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The pipeline's repository contract on PostgreSQL. */
@ActiveProfiles("postgres")
@Import(ThrowawayDatabases.PostgreSql.class)
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
