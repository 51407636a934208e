package cn.hezuo.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The repository contracts' context on embedded H2 (PostgreSQL mode), the twin of {@link OnPostgreSql} and
 * {@link OnMariaDb}: no web server, the demo school, a hand-moved clock. Every class annotated with it shares one
 * context.
 */
@OwnDatabaseStream
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Ahead of @SpringBootTest, so the context is built before Spring's extension asks for it (SideBySideContexts).
@ExtendWith(SideBySideContexts.class)
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
        "hezuo.demo.enabled=true"})
@ActiveProfiles("test")
@Import(MutableClock.Config.class)
public @interface OnH2 {
}
