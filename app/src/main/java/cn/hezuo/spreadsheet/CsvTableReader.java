package cn.hezuo.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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

    static void read(byte[] content, TableCollector collector, int maxColumns) {
        String text = decode(content);
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int rowNumber = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                endField(fields, field, maxColumns);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endField(fields, field, maxColumns);
                collector.accept(rowNumber++, fields);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        // A last record without a trailing newline; an unterminated quote keeps what was read, like Excel.
        if (fieldStarted || !fields.isEmpty() || field.length() > 0) {
            endField(fields, field, maxColumns);
            collector.accept(rowNumber, fields);
        }
    }

    private static void endField(List<String> fields, StringBuilder field, int maxColumns) {
        if (fields.size() == maxColumns) {
            throw new SpreadsheetException(SpreadsheetException.Reason.TOO_MANY_COLUMNS, String.valueOf(maxColumns));
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    /** UTF-8 when the bytes are valid UTF-8 (with or without BOM), otherwise GBK/GB18030. */
    static String decode(byte[] content) {
        int bomLength = hasUtf8Bom(content) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, bomLength, content.length - bomLength);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, GB18030);
        }
    }

    private static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3
                && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }
}
