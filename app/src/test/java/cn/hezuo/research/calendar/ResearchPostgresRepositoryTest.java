package cn.hezuo.research.calendar;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnPostgreSql;
import org.junit.jupiter.api.BeforeAll;

/** The research repository contract on the machine's PostgreSQL, in a throwaway database. */
@OnPostgreSql
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
