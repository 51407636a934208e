package cn.hezuo.mutualhelp.questions;

import org.springframework.test.context.ActiveProfiles;

/** The pipeline's repository contract on H2. */
@ActiveProfiles("test")
class MutualHelpH2RepositoryTest extends MutualHelpRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
