package cn.hezuo.research.calendar;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The research repository contract on the machine's PostgreSQL, in a throwaway database. */
@ActiveProfiles("postgres")
@Import(ThrowawayDatabases.PostgreSql.class)
class ResearchPostgresRepositoryTest extends AbstractResearchRepositoryTest {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
