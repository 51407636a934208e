package cn.hezuo.system;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The repository contract on the machine's PostgreSQL, in a throwaway database dropped when the context closes. */
@ActiveProfiles("postgres")
@Import(ThrowawayDatabases.PostgreSql.class)
class PostgresRepositoryTest extends AbstractRepositoryContractTest {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
