package cn.hezuo.exam.importing;

import cn.hezuo.exam.importing.ImportSetup.ImportItem;
import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The score template of one exam: 学号, 姓名, 班级, then a column per item (with a 选项 column after each objective
 * item) or just 总分; one row per student the teacher may import, 学号 kept as text so leading zeros survive.
 */
public final class ScoreTemplate {

    /** A student row of the template. */
    public record TemplateStudent(String studentNo, String name, String className) {
    }

    private ScoreTemplate() {
    }

    public static List<String> headers(ImportSetup setup) {
        List<String> headers = new ArrayList<>(List.of("学号", "姓名", "班级"));
        if (setup.totalOnly()) {
            headers.add("总分");
        } else {
            for (ImportItem item : setup.items()) {
                headers.add(item.label());
                if (item.objective()) {
                    headers.add(item.label() + "选项");
                }
            }
        }
        return headers;
    }

    public static byte[] create(ImportSetup setup, List<TemplateStudent> students) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter sheet = xlsx.sheet("成绩", headers(setup)).textColumn(0);
            for (TemplateStudent student : students) {
                sheet.row(student.studentNo(), student.name(), student.className());
            }
            return xlsx.toBytes();
        }
    }
}
