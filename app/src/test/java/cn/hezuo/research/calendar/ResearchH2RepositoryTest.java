package cn.hezuo.research.calendar;

import org.springframework.test.context.ActiveProfiles;

/** The research repository contract on embedded H2 (PostgreSQL mode). */
@ActiveProfiles("test")
class ResearchH2RepositoryTest extends AbstractResearchRepositoryTest {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
