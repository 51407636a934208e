package cn.hezuo.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StoredContentTest {

    @Test
    void scoreFilesAreStoredCompressedAndReadBackByteForByte() {
        byte[] csv = "学号,1\n2023001,3\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        byte[] stored = StoredContent.pack(csv);

        assertThat(stored.length).isLessThan(csv.length / 10);
        assertThat(StoredContent.unpack(stored)).isEqualTo(csv);
    }

    @Test
    void uploadsStoredBeforeCompressionAreReadAsTheyAre() {
        byte[] plain = "学号,1\n2023001,3\n".getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = {'P', 'K', 3, 4, 0, 0};

        assertThat(StoredContent.unpack(plain)).isEqualTo(plain);
        assertThat(StoredContent.unpack(xlsx)).isEqualTo(xlsx);
    }
}
