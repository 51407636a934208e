package cn.hezuo.mutualhelp.questions;

import cn.hezuo.testsupport.OnH2;

/** The pipeline's repository contract on H2. */
@OnH2
class MutualHelpH2RepositoryTest extends MutualHelpRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
