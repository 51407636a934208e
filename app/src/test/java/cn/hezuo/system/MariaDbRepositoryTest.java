package cn.hezuo.system;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The repository contract on the machine's MariaDB (profile {@code mysql}: datetime/longblob placeholders),
 * in a throwaway database dropped when the context closes.
 */
@ActiveProfiles("mysql")
@Import(ThrowawayDatabases.MariaDb.class)
class MariaDbRepositoryTest extends AbstractRepositoryContractTest {

    @BeforeAll
    static void mariaDbIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
