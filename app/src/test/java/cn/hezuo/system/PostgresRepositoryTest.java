package cn.hezuo.system;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnPostgreSql;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on the machine's PostgreSQL, in a throwaway database dropped when the context closes. */
@OnPostgreSql
class PostgresRepositoryTest extends AbstractRepositoryContractTest {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
