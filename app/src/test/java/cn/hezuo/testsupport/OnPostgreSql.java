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
 * The one Spring context of every repository test on the machine's PostgreSQL: the whole app without a web server,
 * the demo school, a hand-moved clock, in a throwaway database dropped when the context closes. Every test class
 * annotated with it — and nothing else that shapes the context — shares one cached context, which saves a demo
 * load (10–20 s) per class. Tests therefore see each other's rows: create your own, never count a whole table.
 */
@OwnDatabaseStream
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Ahead of @SpringBootTest, so the context is built before Spring's extension asks for it (SideBySideContexts).
@ExtendWith(SideBySideContexts.class)
@SpringBootTest(webEnvironment = WebEnvironment.NONE, properties = {
        "hezuo.demo.enabled=true"})
@ActiveProfiles("postgres")
@Import({ThrowawayDatabases.PostgreSql.class, MutableClock.Config.class})
public @interface OnPostgreSql {
}
