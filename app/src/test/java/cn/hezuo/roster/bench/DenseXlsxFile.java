package cn.hezuo.roster.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The dense but legal workbook of issue 11 item 9: a header row (学号, 姓名, 性别, then numbered columns) and
 * {@code rows} rows of {@code columns} cells, numeric except 姓名 and 性别. 4,400 × 400 is about 6.6 MB and unpacks to
 * about 47 MB, under the 10 MB upload and the 50 MB unpacked limits. Written with SXSSF, so writing it needs no heap.
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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("学号");
            header.createCell(1).setCellValue("姓名");
            header.createCell(2).setCellValue("性别");
            for (int c = 3; c < columns; c++) {
                header.createCell(c).setCellValue("指标" + (c - 2));
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(20240000 + r);
                row.createCell(1).setCellValue("学生" + r);
                row.createCell(2).setCellValue(r % 2 == 0 ? "男" : "女");
                for (int c = 3; c < columns; c++) {
                    row.createCell(c).setCellValue(Math.round(random.nextDouble() * 15000) / 100.0);
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
