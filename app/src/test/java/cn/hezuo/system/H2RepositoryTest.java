package cn.hezuo.system;

import org.springframework.test.context.ActiveProfiles;

/** The repository contract on embedded H2 (PostgreSQL mode), the database of the one-jar laptop install. */
@ActiveProfiles("test")
class H2RepositoryTest extends AbstractRepositoryContractTest {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
