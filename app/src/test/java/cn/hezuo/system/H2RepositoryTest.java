package cn.hezuo.system;

import cn.hezuo.testsupport.OnH2;

/** The repository contract on embedded H2 (PostgreSQL mode), the database of the one-jar laptop install. */
@OnH2
class H2RepositoryTest extends AbstractRepositoryContractTest {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
