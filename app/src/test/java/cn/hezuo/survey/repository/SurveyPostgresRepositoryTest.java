package cn.hezuo.survey.repository;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnPostgreSql;
import org.junit.jupiter.api.BeforeAll;

/** The survey contract on the machine's PostgreSQL, in a throwaway database. */
@OnPostgreSql
class SurveyPostgresRepositoryTest extends AbstractSurveyRepositoryContract {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }
}
