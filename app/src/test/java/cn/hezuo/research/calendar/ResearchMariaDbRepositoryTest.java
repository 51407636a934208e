package cn.hezuo.research.calendar;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnMariaDb;
import org.junit.jupiter.api.BeforeAll;

/** The research repository contract on the machine's MariaDB (datetime/longblob placeholders), in a throwaway database. */
@OnMariaDb
class ResearchMariaDbRepositoryTest extends AbstractResearchRepositoryTest {

    @BeforeAll
    static void mariaDbIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
