package cn.hezuo.grouping.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV files the way teachers make them: UTF-8 with or without a byte-order mark, or GBK
 * (what Chinese Excel saves as "CSV"). Detection: a UTF-8 BOM means UTF-8; otherwise the bytes are
 * decoded as strict UTF-8, and if that fails, as GBK. Fields follow RFC 4180: comma separated,
 * double quotes around fields with commas, quotes or line breaks, {@code ""} for a quote; CRLF or
 * LF line ends; blank lines are skipped.
 */
final class CsvReader {

    private static final Charset GBK = Charset.forName("GBK");

    private CsvReader() {
    }

    static CsvTable read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException("file not found: " + file);
        } catch (IOException e) {
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        }
        String encoding = "UTF-8";
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, GBK);
                encoding = "GBK";
            }
        }
        List<List<String>> records = parse(text);
        if (records.isEmpty()) {
            throw new CliException(file + " is empty");
        }
        List<String> header = records.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> row = new ArrayList<>(records.get(r));
            if (row.size() > header.size()) {
                boolean extraBlank = row.subList(header.size(), row.size()).stream().allMatch(String::isEmpty);
                if (!extraBlank) {
                    throw new CliException(file + " line " + (r + 1) + " has " + row.size() + " fields but the header has "
                            + header.size());
                }
                row = new ArrayList<>(row.subList(0, header.size()));
            }
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row);
        }
        return new CsvTable(header, rows, encoding);
    }

    /** RFC 4180 records with trimmed fields; lines that are entirely empty are dropped. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString().trim());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
        if (started || !record.isEmpty()) {
            record.add(field.toString().trim());
        }
        if (!record.isEmpty() && !(record.size() == 1 && record.get(0).isEmpty())) {
            records.add(record);
        }
    }
}
