package cn.hezuo.evaluation;

import org.springframework.test.context.ActiveProfiles;

/** The concurrency check on embedded H2 (PostgreSQL mode). */
@ActiveProfiles("test")
class H2AwardConcurrencyTest extends AbstractAwardConcurrencyTest {
}
