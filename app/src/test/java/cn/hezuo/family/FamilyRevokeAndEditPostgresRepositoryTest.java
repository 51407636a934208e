package cn.hezuo.family;

import cn.hezuo.testsupport.OnPostgreSql;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of revoked family codes and edited notices on PostgreSQL. */
@OnPostgreSql
class FamilyRevokeAndEditPostgresRepositoryTest extends FamilyRevokeAndEditRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.POSTGRESQL.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "PostgreSQL";
    }
}
