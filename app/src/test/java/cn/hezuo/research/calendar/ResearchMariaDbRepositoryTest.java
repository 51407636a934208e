package cn.hezuo.research.calendar;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The research repository contract on the machine's MariaDB (datetime/longblob placeholders), in a throwaway database. */
@ActiveProfiles("mysql")
@Import(ThrowawayDatabases.MariaDb.class)
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
