package cn.hezuo.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.SpreadsheetException.Reason;
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

class SpreadsheetMessagesTest {

    private static final String[] BUNDLES = {"i18n/spreadsheet", "i18n/spreadsheet_en", "i18n/spreadsheet_zh_CN"};

    @Test
    void everyReasonHasAMessageInEveryLanguageAndNoOtherKeysExist() throws IOException {
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrder(Arrays.stream(Reason.values()).map(Reason::messageKey).toArray(String[]::new));
            for (String key : messages.stringPropertyNames()) {
                String formatted = new MessageFormat(messages.getProperty(key)).format(new Object[] {"5000", "名单"});
                assertThat(formatted).as(key).doesNotContain("{").doesNotContain("'");
            }
        }
    }

    @Test
    void teacherSeesTheTooManyRowsMessageInChinese() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/spreadsheet");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        SpreadsheetException e = new SpreadsheetException(Reason.TOO_MANY_ROWS, "5000");

        assertThat(source.getMessage(e, Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件超过 5000 行，请分批导入");
        assertThat(source.getMessage(e, Locale.ENGLISH)).contains("more than 5000 rows");
    }

    static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                SpreadsheetMessagesTest.class.getClassLoader().getResourceAsStream(bundle + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
