package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.XlsxSheetWriter;
import cn.hezuo.spreadsheet.XlsxWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The downloadable roster template: the import layout with two grey example rows and a sheet explaining each column. */
@Component
public class RosterTemplate {

    static final String ROSTER_SHEET = "学生名单";
    static final String HELP_SHEET = "填写说明";
    private static final int ROWS_TO_OFFER = 200;
    private static final List<BigDecimal> EXAMPLE_SCORES = List.of(
            new BigDecimal("96"), new BigDecimal("88.5"), new BigDecimal("102"), new BigDecimal("75"));

    public byte[] create(List<String> subjectNames) {
        try (XlsxWriter xlsx = new XlsxWriter()) {
            XlsxSheetWriter roster = RosterSheet.create(xlsx, ROSTER_SHEET, subjectNames, ROWS_TO_OFFER);
            roster.mutedRow(example("2024001", "张三", "男", "外向", "班长", subjectNames, 0).toArray());
            roster.mutedRow(example("2024002", "李四", "女", "内向", "", subjectNames, 1).toArray());
            XlsxSheetWriter help = xlsx.sheet(HELP_SHEET, List.of("列名", "是否必填", "填写说明"));
            help.row("学号", "必填", "学生的唯一编号，只能包含字母、数字和“-”，最多 32 位。本列为文本格式，开头的 0 会保留。"
                    + "本班已有的学号会更新该学生的信息；已在其他班的学号，需先在原班级转出。");
            help.row("姓名", "必填", "最多 50 个字。");
            help.row("性别", "必填", "填写“男”或“女”（也可以填 男生/女生、M/F）。");
            help.row("性格", "选填", "填写“外向”或“内向”，分组时用于搭配；不清楚可以留空。");
            help.row("备注", "选填", "任意说明，最多 500 字。");
            if (!subjectNames.isEmpty()) {
                help.row(String.join("、", subjectNames), "选填",
                        "最近一次考试成绩，0–150 之间的数字，最多一位小数；缺考可以留空或填“缺考”。");
            }
            help.row("注意", "", "灰色的两行是示例，导入前请删除。列的顺序可以调整，表中其他列不会导入。"
                    + "每次最多导入 5000 名学生。");
            return xlsx.toBytes();
        }
    }

    private static List<Object> example(String studentNo, String name, String gender, String personality,
                                        String notes, List<String> subjectNames, int offset) {
        List<Object> values = new ArrayList<>(List.of(studentNo, name, gender, personality, notes));
        for (int i = 0; i < subjectNames.size(); i++) {
            // Show that 缺考 is allowed once, in the second example.
            boolean absent = offset == 1 && i == subjectNames.size() - 1;
            values.add(absent ? RosterRowChecker.ABSENT : EXAMPLE_SCORES.get((i + offset) % EXAMPLE_SCORES.size()));
        }
        return values;
    }
}
