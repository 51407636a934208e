package cn.hezuo.evaluation;

import cn.hezuo.testsupport.OnH2;

/** The concurrency check on embedded H2 (PostgreSQL mode). */
@OnH2
class H2AwardConcurrencyTest extends AbstractAwardConcurrencyTest {
}
