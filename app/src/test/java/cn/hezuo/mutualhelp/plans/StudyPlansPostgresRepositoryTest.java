package cn.hezuo.mutualhelp.plans;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of study plans, goal check-ins and monthly reviews on PostgreSQL. */
@OnPostgreSql
class StudyPlansPostgresRepositoryTest extends StudyPlansRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
