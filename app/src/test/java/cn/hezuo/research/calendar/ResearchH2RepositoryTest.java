package cn.hezuo.research.calendar;

import cn.hezuo.testsupport.OnH2;

/** The research repository contract on embedded H2 (PostgreSQL mode). */
@OnH2
class ResearchH2RepositoryTest extends AbstractResearchRepositoryTest {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
