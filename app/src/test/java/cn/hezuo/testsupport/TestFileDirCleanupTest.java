package cn.hezuo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The per-context file store goes when the context closes; nothing outside {@code <tmp>/hezuo-test-files} ever does. */
class TestFileDirCleanupTest {

    @Test
    void theContextsFileDirectoryIsDeletedWithEverythingInIt() throws Exception {
        Path dir = TestFileDirCleanup.parent().resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir.resolve("1/2"));
        Files.write(dir.resolve("1/2/3.bin"), new byte[] {1, 2, 3});
        new TestFileDirCleanup(dir.toString()).destroy();
        assertThat(dir).doesNotExist();
    }

    @Test
    void aDirectoryOutsideTheTestFilesParentIsLeftAlone() throws Exception {
        Path outside = Files.createTempDirectory("hezuo-cleanup-outside");
        try {
            Files.write(outside.resolve("keep.bin"), new byte[] {1});
            new TestFileDirCleanup(outside.toString()).destroy();
            assertThat(outside.resolve("keep.bin")).exists();
        } finally {
            Files.deleteIfExists(outside.resolve("keep.bin"));
            Files.deleteIfExists(outside);
        }
    }
}
