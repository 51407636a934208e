package cn.hezuo.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated text the way Excel opens it: quoted fields may hold commas, doubled quotes and line breaks,
 * and each record is one row number. Only a quote at the start of a field opens quoting; a stray quote elsewhere is
 * kept as text, as Excel does.
 */
final class CsvTableReader {

    // Excel on Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page, GBK; GB18030 decodes every GBK file.
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTableReader() {
    }

    /**
     * Decodes and splits the text as it goes: only the current record is held, so a district file of 200,000 rows
     * costs no more heap than its bytes.
     */
    static void read(byte[] content, TableCollector collector) {
        int bomLength = hasUtf8Bom(content) ? 3 : 0;
        Charset charset = isUtf8(content, bomLength) ? StandardCharsets.UTF_8 : GB18030;
        try (Reader text = new InputStreamReader(
                new ByteArrayInputStream(content, bomLength, content.length - bomLength), charset)) {
            read(new Chars(text), collector);
        } catch (IOException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, e);
        }
    }

    private static void read(Chars text, TableCollector collector) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int rowNumber = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int c = text.next(); c >= 0; c = text.next()) {
            if (quoted) {
                if (c != '"') {
                    field.append((char) c);
                } else if (text.peek() == '"') {
                    field.append('"');
                    text.next();
                } else {
                    quoted = false;
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                endField(fields, field, collector);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && text.peek() == '\n') {
                    text.next();
                }
                endField(fields, field, collector);
                collector.accept(rowNumber++, fields);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
        // A last record without a trailing newline; an unterminated quote keeps what was read, like Excel.
        if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
            endField(fields, field, collector);
            collector.accept(rowNumber, fields);
        }
    }

    private static void endField(List<String> fields, StringBuilder field, TableCollector collector) {
        if (fields.size() == collector.maxColumns()) {
            throw collector.tooManyColumns();
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    /**
     * Whether the bytes after the BOM are valid UTF-8; otherwise the file is read as GBK/GB18030. Checks the whole
     * content through a small buffer, so no copy of the text is made.
     */
    private static boolean isUtf8(byte[] content, int offset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                out.clear();
                result = decoder.flush(out);
                return !result.isError();
            }
            out.clear();
        }
    }

    /** A buffered character source with one character of look-ahead. */
    private static final class Chars {
        private final Reader reader;
        private final char[] buffer = new char[64 * 1024];
        private int length;
        private int position;

        Chars(Reader reader) {
            this.reader = reader;
        }

        int next() throws IOException {
            int c = peek();
            if (c >= 0) {
                position++;
            }
            return c;
        }

        int peek() throws IOException {
            if (position == length) {
                length = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position];
        }
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }
}
