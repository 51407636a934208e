package cn.hezuo.exam.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A seeded district score file in the wide layout of marking systems: 学号, 姓名, 班级, then per item its points
 * (and the chosen option A–D for objective items), then 总分. Scores follow a simple item-response model (ability ×
 * item difficulty) so the reports see realistic spreads; about 0.5 % of the students are absent (every item cell
 * empty). Same seed, same file.
 */
final class DistrictExamFile {

    record Item(String label, boolean objective, int maxPoints, char key) {
    }

    record Student(String studentNo, String name, String className) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "浩宇轩子涵梓欣怡晨博文佳俊雨萱思杰明悦婷鑫磊琳";

    private final List<Item> items;
    private final List<Student> students;
    private final long seed;

    DistrictExamFile(List<Item> items, List<Student> students, long seed) {
        this.items = items;
        this.students = students;
        this.seed = seed;
    }

    static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextInt(3) == 0 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    List<String> header() {
        List<String> header = new ArrayList<>(List.of("学号", "姓名", "班级"));
        for (Item item : items) {
            header.add(item.label());
            if (item.objective()) {
                header.add(item.label() + "选项");
            }
        }
        header.add("总分");
        return header;
    }

    /** Calls {@code row} with every data row's cells: strings for the fixed columns, Integer points, or null. */
    void rows(RowSink row) throws IOException {
        Random random = new Random(seed);
        double[] difficulty = new double[items.size()];
        for (int j = 0; j < difficulty.length; j++) {
            difficulty[j] = random.nextGaussian() * 0.8 - 0.3;
        }
        Object[] cells = new Object[header().size()];
        for (Student s : students) {
            cells[0] = s.studentNo();
            cells[1] = s.name();
            cells[2] = s.className();
            boolean absent = random.nextInt(200) == 0;
            double ability = random.nextGaussian();
            int c = 3;
            int total = 0;
            for (int j = 0; j < items.size(); j++) {
                Item item = items.get(j);
                double p = 1 / (1 + Math.exp(-(ability - difficulty[j]) * 1.7));
                if (absent) {
                    cells[c++] = null;
                    if (item.objective()) {
                        cells[c++] = null;
                    }
                    continue;
                }
                if (item.objective()) {
                    boolean right = random.nextDouble() < p;
                    char option = right ? item.key() : (char) ('A' + ((item.key() - 'A' + 1 + random.nextInt(3)) % 4));
                    int points = right ? item.maxPoints() : 0;
                    cells[c++] = points;
                    cells[c++] = String.valueOf(option);
                    total += points;
                } else {
                    int points = (int) Math.round(Math.min(item.maxPoints(),
                            Math.max(0, item.maxPoints() * p + random.nextGaussian())));
                    cells[c++] = points;
                    total += points;
                }
            }
            cells[c] = absent ? null : (Object) total;
            row.accept(cells);
        }
    }

    interface RowSink {
        void accept(Object[] cells) throws IOException;
    }

    void writeCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", header()));
            out.write("\r\n");
            StringBuilder line = new StringBuilder();
            rows(cells -> {
                line.setLength(0);
                for (int i = 0; i < cells.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    if (cells[i] != null) {
                        line.append(cells[i]);
                    }
                }
                line.append("\r\n");
                out.write(line.toString());
            });
        }
    }

    /** Written with POI's streaming writer (100 rows in memory), numbers as numeric cells like Excel saves them. */
    void writeXlsx(Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("成绩");
            List<String> header = header();
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                first.createCell(i).setCellValue(header.get(i));
            }
            int[] next = {1};
            rows(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] instanceof Integer n) {
                        row.createCell(i).setCellValue(n);
                    } else if (cells[i] != null) {
                        row.createCell(i).setCellValue((String) cells[i]);
                    }
                }
            });
            workbook.write(out);
        }
    }
}
