package cn.hezuo.browser;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roster spreadsheet as a teacher would save it from Excel: a header row (学号, 姓名, 性别) and one row per student,
 * every cell a text cell in a text-formatted column, so 学号 such as 0901001 keep their leading zero.
 */
final class RosterFile {

    /** One student line of the file; {@code gender} as typed (男, 女, or something wrong). */
    record Line(String studentNo, String name, String gender) {
        Line withGender(String newGender) {
            return new Line(studentNo, name, newGender);
        }
    }

    static final List<String> HEADER = List.of("学号", "姓名", "性别");

    /**
     * Lines for the given name and gender pairs, numbered {@code prefix}01, {@code prefix}02 … Demo-school 学号 have
     * six digits; a seven-digit prefix-plus-seat never clashes with them.
     */
    static List<Line> numbered(String prefix, List<List<String>> nameAndGender) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < nameAndGender.size(); i++) {
            lines.add(new Line(prefix + String.format("%02d", i + 1), nameAndGender.get(i).get(0),
                    nameAndGender.get(i).get(1)));
        }
        return List.copyOf(lines);
    }

    private RosterFile() {
    }

    /** Writes the lines under the header to {@code file}; line i lands on spreadsheet row i + 2. */
    static Path write(Path file, List<Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet sheet = workbook.createSheet("花名册");
            writeRow(sheet.createRow(0), HEADER, text);
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                writeRow(sheet.createRow(i + 1), List.of(line.studentNo(), line.name(), line.gender()), text);
            }
            workbook.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spreadsheet row number (as Excel shows it, header = 1) of the line at {@code index}. */
    static int rowNumberOf(int index) {
        return index + 2;
    }

    private static void writeRow(Row row, List<String> values, CellStyle text) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null && !values.get(c).isEmpty()) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(text);
                cell.setCellValue(values.get(c));
            }
        }
    }

    static List<Line> replace(List<Line> lines, int index, Line replacement) {
        List<Line> copy = new ArrayList<>(lines);
        copy.set(index, replacement);
        return copy;
    }
}
