package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.testsupport.OnH2;

/** The repository contract of 帮扶对子 on H2. */
@OnH2
class HelpPairsH2RepositoryTest extends HelpPairsRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
