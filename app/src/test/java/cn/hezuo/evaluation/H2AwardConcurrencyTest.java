package cn.hezuo.evaluation;

import cn.hezuo.testsupport.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The concurrency check on embedded H2 (PostgreSQL mode). */
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
        "hezuo.demo.enabled=true",
        "logging.level.root=WARN",
        "logging.level.cn.hezuo=INFO"})
@Import(MutableClock.Config.class)
@ActiveProfiles("test")
class H2AwardConcurrencyTest extends AbstractAwardConcurrencyTest {
}
