package cn.hezuo.exam.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.ItemsForm;
import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.spreadsheet.TestFiles;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a 双向细目表 into item rows, from real .xlsx and GBK CSV files. */
class ItemSheetParserTest {

    private static ItemSheetParser.Parsed parse(String name, byte[] bytes) {
        return ItemSheetParser.parse(new SpreadsheetReader().read(name, bytes));
    }

    @Test
    void aTeachersSheetWithATitleRowAndUsualHeaderNamesBecomesItemRows() {
        byte[] xlsx = TestFiles.xlsxWithRows(
                new String[] {"七年级数学期中考试双向细目表"},
                new String[] {"题次", "题目类型", "分值", "正确答案", "考点", "可给半分"},
                new String[] {"1", "选择题", "3", "b", "有理数", ""},
                new String[] {"2", "单选", "3分", "A", "数轴", "否"},
                new String[] {"17", "解答题", "10", "", "方程、应用题", "是"},
                new String[] {"18", "", "12.5", "", "", ""});
        ItemSheetParser.Parsed parsed = parse("细目表.xlsx", xlsx);
        assertThat(parsed.problems()).isEmpty();
        List<ItemsForm.Row> rows = parsed.rows();
        assertThat(rows).extracting(ItemsForm.Row::getLabel).containsExactly("1", "2", "17", "18");
        assertThat(rows).extracting(ItemsForm.Row::isObjective).containsExactly(true, true, false, false);
        assertThat(rows).extracting(ItemsForm.Row::getAnswerKey).containsExactly("B", "A", null, null);
        assertThat(rows.get(1).getMaxPoints()).isEqualByComparingTo("3");
        assertThat(rows.get(3).getMaxPoints()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(rows.get(2).getKnowledgePoints()).isEqualTo("方程、应用题");
        assertThat(rows).extracting(ItemsForm.Row::isHalfPoints).containsExactly(false, false, true, false);
    }

    @Test
    void withoutAKindColumnAnAnswerMakesAnItemObjective() {
        byte[] csv = "题号,满分,答案\r\n1,4,C\r\n2,8,\r\n".getBytes(Charset.forName("GBK"));
        ItemSheetParser.Parsed parsed = parse("items.csv", csv);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).extracting(ItemsForm.Row::isObjective).containsExactly(true, false);
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumnAndNoRowsAreReturned() {
        byte[] csv = ("题号,题型,满分,答案,半分\r\n"
                + "1,客观,三,A,\r\n"
                + "1,主观,5,B,\r\n"
                + "3,问答,5,,也许\r\n"
                + ",客观,2,E,\r\n").getBytes(Charset.forName("GBK"));
        ItemSheetParser.Parsed parsed = parse("items.csv", csv);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "满分", "itemimport.error.maxPoints"),
                        org.assertj.core.groups.Tuple.tuple(3, "题号", "itemimport.error.duplicateLabel"),
                        org.assertj.core.groups.Tuple.tuple(3, "答案", "itemimport.error.keyOnSubjective"),
                        org.assertj.core.groups.Tuple.tuple(4, "题型", "itemimport.error.kind"),
                        org.assertj.core.groups.Tuple.tuple(4, "半分", "itemimport.error.half"),
                        org.assertj.core.groups.Tuple.tuple(5, "题号", "itemimport.error.label"),
                        org.assertj.core.groups.Tuple.tuple(5, "答案", "itemimport.error.key"));
    }

    @Test
    void aSheetWithoutTheFullMarkColumnNamesTheMissingColumnAtTheHeaderRow() {
        byte[] xlsx = TestFiles.xlsxWithRows(new String[] {"题号", "知识点"}, new String[] {"1", "有理数"});
        ItemSheetParser.Parsed parsed = parse("x.xlsx", xlsx);
        assertThat(parsed.problems()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "满分", "itemimport.error.missingColumn"));
    }
}
