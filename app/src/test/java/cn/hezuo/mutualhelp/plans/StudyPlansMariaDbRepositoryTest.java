package cn.hezuo.mutualhelp.plans;

import cn.hezuo.testsupport.OnMariaDb;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of study plans, goal check-ins and monthly reviews on MariaDB. */
@OnMariaDb
class StudyPlansMariaDbRepositoryTest extends StudyPlansRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
