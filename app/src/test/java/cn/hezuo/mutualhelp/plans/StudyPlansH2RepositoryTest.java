package cn.hezuo.mutualhelp.plans;

import cn.hezuo.testsupport.OnH2;

/** The repository contract of study plans, goal check-ins and monthly reviews on H2. */
@OnH2
class StudyPlansH2RepositoryTest extends StudyPlansRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
