package cn.hezuo.testsupport;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Deletes the context's own file store (the lesson-study videos, {@code hezuo.lesson-study.file-dir}: a fresh directory
 * under {@code <tmp>/hezuo-test-files/} per test context, application-test.yml) when the context closes, so test runs
 * leave nothing behind. Only a directory below {@code hezuo-test-files} in the system's temporary directory is ever
 * deleted; the parent goes too once the last context has emptied it. In the test sources under {@code cn.hezuo}, so
 * every context of the {@code test} profile finds it by component scan without an import (no extra context).
 */
@Component
@Profile("test")
class TestFileDirCleanup implements DisposableBean {

    private final Path dir;

    TestFileDirCleanup(@Value("${hezuo.lesson-study.file-dir:}") String dir) {
        this.dir = dir.isBlank() ? null : Path.of(dir).toAbsolutePath().normalize();
    }

    static Path parent() {
        return Path.of(System.getProperty("java.io.tmpdir"), "hezuo-test-files").toAbsolutePath().normalize();
    }

    @Override
    public void destroy() throws IOException {
        if (dir == null || !dir.startsWith(parent()) || dir.equals(parent()) || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
        try {
            Files.deleteIfExists(parent());
        } catch (DirectoryNotEmptyException | NoSuchFileException stillUsed) {
            // another context (the browser server beside the shared one) still has its directory there
        }
    }
}
