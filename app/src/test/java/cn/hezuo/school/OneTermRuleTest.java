package cn.hezuo.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps "which term and week is it?" in one place: outside {@code school} no code reads terms from the repository or
 * works out the Monday of a week; it asks {@link SchoolCalendar}.
 */
class OneTermRuleTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/hezuo");

    @Test
    void onlyTheSchoolPackageReadsTermsFromTheRepository() throws IOException {
        assertThat(filesOutsideSchoolMentioning("TermRepository")).isEmpty();
    }

    @Test
    void onlyTheSchoolCalendarWorksOutTheMondayOfAWeek() throws IOException {
        assertThat(filesOutsideSchoolMentioning("DayOfWeek.MONDAY")).isEmpty();
    }

    private static List<Path> filesOutsideSchoolMentioning(String text) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !SOURCES.relativize(f).startsWith("school"))
                    .filter(f -> read(f).contains(text))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(file.toString(), e);
        }
    }
}
