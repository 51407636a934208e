package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI is Chinese by default with English available, and all its text lives in message bundles:
 * both languages have the same keys, every key a template uses exists, and no template carries Chinese
 * text of its own (text inside an element with th:text is only a design-time placeholder).
 */
class MessagesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final Pattern TEXT_AFTER_TAG = Pattern.compile("<([^!/][^>]*)>([^<]*)");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Set<String> english = load("i18n/messages.properties").stringPropertyNames();
        Set<String> chinese = load("i18n/messages_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).as("keys only in English").containsAll(english);
        assertThat(new TreeSet<>(english)).as("keys only in Chinese").containsAll(chinese);
        // Feature bundles: the base (English) file, _en and _zh_CN hold the same keys.
        for (String bundle : List.of("exam", "grouplife", "calling", "peereval", "evaluation", "commendation", "research", "mutualhelp", "survey", "audit", "honour", "family")) {
            Set<String> base = new TreeSet<>(load("i18n/" + bundle + ".properties").stringPropertyNames());
            for (String language : List.of("_en", "_zh_CN")) {
                assertThat(new TreeSet<>(load("i18n/" + bundle + language + ".properties").stringPropertyNames()))
                        .as("keys of " + bundle + language).isEqualTo(base);
            }
        }
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String bundle : List.of("messages", "spreadsheet", "rosterimport", "exam", "grouping", "grouplife", "calling", "peereval", "evaluation", "commendation", "research", "mutualhelp", "survey", "audit", "honour", "family")) {
            known.addAll(load("i18n/" + bundle + "_zh_CN.properties").stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = MESSAGE_EXPRESSION.matcher(Files.readString(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(template.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not defined").isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedChineseText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = TEXT_AFTER_TAG.matcher(Files.readString(template));
            while (m.find()) {
                String tag = m.group(1);
                String text = m.group(2);
                boolean replaced = tag.contains("th:text") || tag.contains("th:utext");
                if (CJK.matcher(text).find() && !replaced) {
                    offenders.add(TEMPLATES.relativize(template) + ": " + text.strip());
                }
                if (CJK.matcher(tag.replaceAll("(th:[a-z-]+|value)=\"[^\"]*\"", "")).find()) {
                    offenders.add(TEMPLATES.relativize(template) + " attribute: " + tag);
                }
            }
        }
        assertThat(offenders).as("Chinese text in templates belongs in the message bundles").isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
