package cn.hezuo.survey.repository;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The survey contract on the machine's PostgreSQL, in a throwaway database. */
@ActiveProfiles("postgres")
@Import(ThrowawayDatabases.PostgreSql.class)
class SurveyPostgresRepositoryTest extends AbstractSurveyRepositoryContract {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }
}
