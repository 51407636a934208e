package cn.hezuo.system;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnMariaDb;
import org.junit.jupiter.api.BeforeAll;

/**
 * The repository contract on the machine's MariaDB (profile {@code mysql}: datetime/longblob placeholders),
 * in a throwaway database dropped when the context closes.
 */
@OnMariaDb
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
