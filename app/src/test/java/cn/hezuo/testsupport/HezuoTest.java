package cn.hezuo.testsupport;

import cn.hezuo.exam.ExamTestData;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context of the flow and service tests: the whole app on embedded H2 with the demo school, MockMvc,
 * and the exam test-data helper. Every test class that uses it shares one cached context (a class that adds its own
 * bean, mock or property starts another, which costs about ten seconds — avoid it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Ahead of @SpringBootTest, so the context is built before Spring's extension asks for it (SideBySideContexts).
@ExtendWith(SideBySideContexts.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ExamTestData.class, SpreadsheetReaderSpy.class, TestClasses.class})
public @interface HezuoTest {
}
