package cn.hezuo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every action, entity type and text key that code writes into the audit log has a label in Chinese and English,
 * so the admin's log never falls back to a code name (UPDATE, PeerRound) or an untranslated key.
 */
class AuditLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/hezuo");
    private static final Pattern RECORD = Pattern.compile("audit\\.record\\(([^;]*?)\"([A-Z][a-z][A-Za-z]*)\",",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    private static final Pattern TEXT_KEY = Pattern.compile(
            "AuditText\\.of\\(\"([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"|\"(audit\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    @Test
    void everyActionTypeAndTextKeyWrittenToTheLogHasAChineseAndAnEnglishLabel() throws IOException {
        Set<String> needed = new TreeSet<>();
        for (Path file : sources()) {
            String code = Files.readString(file);
            Matcher record = RECORD.matcher(code);
            while (record.find()) {
                Matcher action = ACTION.matcher(record.group(1));
                while (action.find()) {
                    needed.add("audit.action." + action.group(1));
                }
                needed.add("audit.entity." + record.group(2));
            }
            Matcher key = TEXT_KEY.matcher(code);
            while (key.find()) {
                needed.add(key.group(1) != null ? key.group(1) : key.group(2));
            }
        }
        needed.remove("audit.list"); // joins its parts, see AuditTexts
        assertThat(needed).as("labels found in code").hasSizeGreaterThan(100);
        for (String language : List.of("_zh_CN", "_en")) {
            Set<String> known = new TreeSet<>();
            for (String bundle : List.of("audit", "messages", "calling", "evaluation", "grouplife")) {
                known.addAll(load("i18n/" + bundle + language + ".properties").stringPropertyNames());
            }
            if (language.equals("_en")) {
                known.addAll(load("i18n/messages.properties").stringPropertyNames());
            }
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(known);
            assertThat(missing).as("audit labels missing in " + language).isEmpty();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        InputStream in = AuditLabelsTest.class.getClassLoader().getResourceAsStream(resource);
        if (in != null) {
            try (in) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
