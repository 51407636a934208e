package cn.hezuo.survey.project;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The 课题 contract on the machine's PostgreSQL, in a throwaway database. */
@OnPostgreSql
class ProjectPostgresRepositoryTest extends AbstractProjectRepositoryContract {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }
}
