package cn.hezuo.roster.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The dense but legal workbook of issue 11 item 9: a header row (学号, 姓名, 性别, then numbered columns) and
 * {@code rows} rows of {@code columns} cells, numeric except 姓名 and 性别. Written as the smallest valid .xlsx package
 * (no styles, inline strings, plain {@code <c r="B2"><v>85</v></c>} cells, as Excel writes numbers), streamed, so
 * writing it needs no heap: 4,400 × 400 is about 6 MB and unpacks to about 45 MB, under the 10 MB upload and the 50 MB
 * unpacked limits, like the file of the issue (6.6 MB, 47 MB).
 */
public final class DenseXlsxFile {

    private DenseXlsxFile() {
    }

    public static byte[] bytes(int rows, int columns, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, rows, columns, sheetName);
        return out.toByteArray();
    }

    public static void write(OutputStream out, int rows, int columns, String sheetName) {
        Random random = new Random(11);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer xml = new java.io.BufferedWriter(new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xml.write("<row r=\"1\">");
            text(xml, 0, 1, "学号");
            text(xml, 1, 1, "姓名");
            text(xml, 2, 1, "性别");
            for (int c = 3; c < columns; c++) {
                text(xml, c, 1, "指标" + (c - 2));
            }
            xml.write("</row>");
            for (int r = 2; r <= rows + 1; r++) {
                xml.write("<row r=\"" + r + "\">");
                number(xml, 0, r, String.valueOf(20240000 + r));
                text(xml, 1, r, "学生" + r);
                text(xml, 2, r, r % 2 == 0 ? "男" : "女");
                for (int c = 3; c < columns; c++) {
                    number(xml, c, r, String.valueOf(random.nextInt(151)));
                }
                xml.write("</row>");
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void number(Writer xml, int column, int row, String value) throws IOException {
        xml.write("<c r=\"" + ref(column) + row + "\"><v>" + value + "</v></c>");
    }

    private static void text(Writer xml, int column, int row, String value) throws IOException {
        xml.write("<c r=\"" + ref(column) + row + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>");
    }

    private static String ref(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }
}
