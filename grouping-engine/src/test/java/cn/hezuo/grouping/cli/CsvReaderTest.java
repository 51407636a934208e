package cn.hezuo.grouping.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<List<String>> rows = CsvReader.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n\n");
        assertEquals(List.of(List.of("a", "b"), List.of("x, y", "say \"hi\""), List.of("two\nlines", "z")), rows);
    }

    @Test
    void gbkFileIsDecodedAsGbk() throws IOException {
        Path f = dir.resolve("gbk.csv");
        Files.write(f, "学号,性别\n1,男\n".getBytes(Charset.forName("GBK")));
        CsvTable t = CsvReader.read(f);
        assertEquals("GBK", t.encoding());
        assertEquals(List.of("学号", "性别"), t.header());
        assertEquals("男", t.rows().get(0).get(1));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("bom.csv");
        Files.write(f, ("\uFEFF学号,性别\n1,女\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CsvTable t = CsvReader.read(f);
        assertEquals("UTF-8", t.encoding());
        assertEquals("学号", t.header().get(0));
    }

    @Test
    void shortRowsArePaddedWithBlanks() throws IOException {
        Path f = dir.resolve("short.csv");
        Files.writeString(f, "a,b,c\n1,2\n");
        assertEquals(List.of("1", "2", ""), CsvReader.read(f).rows().get(0));
    }
}
