package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class RosterMessagesTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/rosterimport");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    @Test
    void everyProblemKindHasAMessageInEveryLanguageAndNoOtherKeysExist() throws IOException {
        String[] keys = Arrays.stream(RosterProblem.values()).map(RosterProblem::key).toArray(String[]::new);
        for (String bundle : new String[] {"rosterimport", "rosterimport_en", "rosterimport_zh_CN"}) {
            Properties messages = load("i18n/" + bundle + ".properties");
            assertThat(messages.stringPropertyNames()).as(bundle).containsExactlyInAnyOrder(keys);
            for (String key : keys) {
                String formatted = new MessageFormat(messages.getProperty(key))
                        .format(new Object[] {"12", "学号", "a", "b", "c"});
                assertThat(formatted).as(key).contains("12").contains("学号").doesNotContain("{").doesNotContain("'");
            }
        }
    }

    @Test
    void rowNumbersAreNotGroupedWithCommas() {
        ImportProblem problem = RosterProblem.MISSING_NAME.at(1234, "姓名");

        assertThat(chinese(problem)).isEqualTo("第1234行「姓名」列：姓名为空，请填写姓名");
    }

    static String chinese(ImportProblem problem) {
        return MESSAGES.getMessage(problem, Locale.SIMPLIFIED_CHINESE);
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                RosterMessagesTest.class.getClassLoader().getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
