package cn.hezuo.evaluation;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The concurrency check on the machine's PostgreSQL, in a throwaway database dropped when the context closes. */
@ActiveProfiles("postgres")
@Import(ThrowawayDatabases.PostgreSql.class)
class PostgresAwardConcurrencyTest extends AbstractAwardConcurrencyTest {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }
}
