package cn.hezuo.family;

import cn.hezuo.testsupport.OnMariaDb;
import cn.hezuo.testsupport.ThrowawayDatabase;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract of revoked family codes and edited notices on MariaDB. */
@OnMariaDb
class FamilyRevokeAndEditMariaDbRepositoryTest extends FamilyRevokeAndEditRepositoryContract {

    @BeforeAll
    static void serverIsRunning() {
        ThrowawayDatabase.Server.MARIADB.requireRunning();
    }

    @Override
    String expectedDatabaseProduct() {
        return "MariaDB";
    }
}
