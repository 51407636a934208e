package cn.hezuo.testsupport;

import cn.hezuo.spreadsheet.SpreadsheetReader;
import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Wraps the shared context's {@link SpreadsheetReader} in a Mockito spy, so a test can count parses or make a parse
 * fail without a context of its own (a {@code @MockitoSpyBean} field would start one: ten seconds or more). A spy
 * without stubbing calls the real reader, so every other test is unaffected; a test that stubs it must
 * {@code Mockito.reset} it afterwards.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SpreadsheetReaderSpy {

    @Bean
    static BeanPostProcessor spySpreadsheetReader() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof SpreadsheetReader reader ? Mockito.spy(reader) : bean;
            }
        };
    }
}
