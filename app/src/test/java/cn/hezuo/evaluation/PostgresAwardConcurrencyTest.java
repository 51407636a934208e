package cn.hezuo.evaluation;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnPostgreSql;
import org.junit.jupiter.api.BeforeAll;

/** The concurrency check on the machine's PostgreSQL, in a throwaway database dropped when the context closes. */
@OnPostgreSql
class PostgresAwardConcurrencyTest extends AbstractAwardConcurrencyTest {

    @BeforeAll
    static void postgreSqlIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }
}
