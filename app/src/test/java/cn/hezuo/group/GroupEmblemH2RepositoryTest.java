package cn.hezuo.group;

import cn.hezuo.testsupport.OnH2;

/** The repository contract of chosen group emblems and colours on H2. */
@OnH2
class GroupEmblemH2RepositoryTest extends GroupEmblemRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
