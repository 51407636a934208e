package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of 帮扶对子 on PostgreSQL. */
@OnPostgreSql
class HelpPairsPostgresRepositoryTest extends HelpPairsRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
