package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.exam.importing.ImportSetup.ImportItem;
import cn.hezuo.exam.importing.ImportSetup.RosterStudent;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.spreadsheet.TestFiles;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The wide score layout read from real .xlsx and CSV (UTF-8 and GBK) files: header variants, absent students, blank
 * answers, and every problem with its row and column.
 *
 * <p>The exam: items 1 (objective, 3, key B), 2 (objective, 3, key D), 3 (subjective, 4, half points), 4 (subjective,
 * 10); classes 七年级1班 (id 11) and 七年级2班 (12) sat it, 七年级3班 (13) did not.
 */
class ScoreImportParserTest {

    static final List<ImportItem> ITEMS = List.of(
            new ImportItem("1", 3, true, false, Choice.B),
            new ImportItem("2", 3, true, false, Choice.D),
            new ImportItem("3", 4, false, true, null),
            new ImportItem("4", 10, false, false, null));
    static final Map<Long, String> CLASSES = Map.of(11L, "七年级1班", 12L, "七年级2班", 13L, "七年级3班");
    static final Map<String, RosterStudent> ROSTER = Stream.of(
                    new RosterStudent(101, "0901001", "张伟", 11), new RosterStudent(102, "0901002", "李娜", 11),
                    new RosterStudent(103, "0901003", "王浩", 11), new RosterStudent(201, "0902001", "王浩", 12),
                    new RosterStudent(301, "0903001", "赵敏", 13))
            .collect(Collectors.toMap(RosterStudent::studentNo, Function.identity()));

    private final SpreadsheetReader reader = new SpreadsheetReader(ScoreImportKind.LIMITS);

    static ImportSetup setup(Set<Long> importable) {
        return new ImportSetup(ITEMS, false, 20, Set.of(11L, 12L), importable, CLASSES);
    }

    private ScoreImportPreview parseXlsx(ImportSetup setup, Object[]... rows) {
        return ScoreImportParser.parse(reader.read("成绩.xlsx", xlsx(rows)), setup,
                no -> Optional.ofNullable(ROSTER.get(no)));
    }

    private ScoreImportPreview parseXlsx(Object[]... rows) {
        return parseXlsx(setup(Set.of(11L, 12L)), rows);
    }

    /** Numbers become numeric cells, as a marking system writes them; text stays text (学号 keeps leading zeros). */
    static byte[] xlsx(Object[]... rows) {
        return TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("成绩");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
        });
    }

    private static List<String> keys(List<ImportProblem> issues) {
        return issues.stream().map(ImportProblem::messageKey).toList();
    }

    @Test
    void wideLayoutWithOptionColumnsIsReadAndPackedInItemOrder() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "姓名", "班级", "1", "1选项", "2", "2选项", "3", "4", "总分"},
                new Object[] {"0901001", "张伟", "七年级1班", 3, "B", 0, "A", 2.5, 9, 14.5},
                new Object[] {"0902001", "王浩", "七年级2班", 0, "C", 3, "D", 4, 10, 17});
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canConfirm()).isTrue();
        ParsedScore first = preview.rows().get(0);
        assertThat(first.studentId()).isEqualTo(101);
        assertThat(first.classId()).isEqualTo(11);
        assertThat(first.absent()).isFalse();
        assertThat(first.total()).isEqualTo(14.5);
        assertThat(first.points()).isEqualTo("3,0,2.5,9");
        assertThat(first.options()).isEqualTo("BA..");
        assertThat(preview.rows().get(1).points()).isEqualTo("0,3,4,10");
        assertThat(preview.classIds()).containsExactly(11L, 12L);
    }

    @Test
    void headerVariantsFromMarkingSystemsAreRecognised() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学 号", "Q1", "Q1_opt", "第2题", "Q02_opt", "T3", "小题4"},
                new Object[] {"0901001", 3, "b", 3, "Ｄ", 1, 2});
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).points()).isEqualTo("3,3,1,2");
        assertThat(preview.rows().get(0).options()).isEqualTo("BD..");
    }

    @Test
    void studentWithEveryItemCellEmptyIsAbsentNotZero() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "姓名", "1", "1选项", "2", "2选项", "3", "4"},
                new Object[] {"0901001", "张伟", null, null, null, null, null, null},
                new Object[] {"0901002", "李娜", 3, "B", 3, "D", 4, 10});
        assertThat(preview.problems()).isEmpty();
        ParsedScore absent = preview.rows().get(0);
        assertThat(absent.absent()).isTrue();
        assertThat(absent.total()).isNaN();
        assertThat(absent.points()).isNull();
        assertThat(preview.absent()).isEqualTo(1);
        assertThat(preview.present()).isEqualTo(1);
    }

    @Test
    void blankAnswersOfAPresentStudentScoreZeroAndStayInTheRow() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "1", "1选项", "2", "2选项", "3", "4"},
                new Object[] {"0901001", 0, null, null, null, null, 7});
        assertThat(preview.problems()).isEmpty();
        ParsedScore row = preview.rows().get(0);
        assertThat(row.absent()).isFalse();
        assertThat(row.points()).isEqualTo("0,0,0,7");
        assertThat(row.options()).isEqualTo("__..");
        assertThat(row.total()).isEqualTo(7);
    }

    @Test
    void absentMarkedByAStatusColumnOrA缺考CellIsAbsent() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "考试状态", "1", "2", "3", "4"},
                new Object[] {"0901001", "缺考", null, null, null, null},
                new Object[] {"0901002", "正常", "缺考", "缺考", "缺考", "缺考"},
                new Object[] {"0901003", "缺考", 3, 0, 0, 0});
        assertThat(preview.rows()).extracting(ParsedScore::studentNo).containsExactly("0901001", "0901002");
        assertThat(preview.rows()).allMatch(ParsedScore::absent);
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(ScoreProblem.ABSENT_WITH_SCORES.key());
            assertThat(p.rowNumber()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("考试状态");
        });
    }

    @Test
    void everyKindOfBadCellIsReportedWithItsRowAndColumn() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "姓名", "班级", "1", "1选项", "2", "3", "4"},
                new Object[] {"0901001", "张伟", "七年级1班", 5, "B", 3, 4, 10},   // row 2: 1 above max 3
                new Object[] {"0901002", "李娜", "七年级1班", 3, "E", 3, 4, 10},   // row 3: option E
                new Object[] {"0901003", "王浩", "七年级1班", 3, "B", 3, 4, 9.5},  // row 4: half point on item 4
                new Object[] {"0902001", "王浩", "七年级2班", 3, "B", 3, 3.25, 1}, // row 5: 3.25 too fine
                new Object[] {"0999999", "无名", "七年级1班", 3, "B", 3, 4, 10},   // row 6: unknown 学号
                new Object[] {"0903001", "赵敏", "七年级3班", 3, "B", 3, 4, 10},   // row 7: class did not sit it
                new Object[] {"0901001", "张伟", "七年级1班", 3, "B", 3, 4, 10},   // row 8: duplicate of row 2
                new Object[] {"0902001", "王浩", "七年级1班", 3, "B", 3, 4, 10},   // row 9: wrong class (and dup)
                new Object[] {null, "某某", "七年级1班", 3, "B", 3, 4, 10},        // row 10: no 学号
                new Object[] {"0901002", "李娜", "七年级1班", "三", "B", -1, 4, 10}); // row 11: dup, not a number, negative
        List<ImportProblem> problems = preview.problems();
        assertThat(problems).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::messageKey)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2, "1", ScoreProblem.ABOVE_MAX.key()),
                        org.assertj.core.groups.Tuple.tuple(3, "1选项", ScoreProblem.BAD_OPTION.key()),
                        org.assertj.core.groups.Tuple.tuple(4, "4", ScoreProblem.HALF_POINT_NOT_ALLOWED.key()),
                        org.assertj.core.groups.Tuple.tuple(5, "3", ScoreProblem.TOO_PRECISE.key()),
                        org.assertj.core.groups.Tuple.tuple(6, "学号", ScoreProblem.UNKNOWN_STUDENT.key()),
                        org.assertj.core.groups.Tuple.tuple(7, "学号", ScoreProblem.NOT_IN_EXAM.key()),
                        org.assertj.core.groups.Tuple.tuple(8, "学号", ScoreProblem.DUPLICATE_STUDENT.key()),
                        org.assertj.core.groups.Tuple.tuple(10, "学号", ScoreProblem.MISSING_STUDENT_NO.key()));
        assertThat(problems).filteredOn(p -> p.rowNumber() == 2).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("2", "1", "5", "3"));
        assertThat(problems).filteredOn(p -> p.rowNumber() == 8).singleElement()
                .satisfies(p -> assertThat(p.args()).containsExactly("8", "学号", "0901001", "2"));
        assertThat(preview.canConfirm()).isFalse();
    }

    @Test
    void aStudentFiledUnderAnotherClassIsAProblemNamingTheRosterClass() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "班级", "1", "2", "3", "4"},
                new Object[] {"0901001", "1班", 3, 3, 4, 10},
                new Object[] {"0901002", "2", 3, 3, 4, 10},
                new Object[] {"0901003", "1", 3, 3, 4, 10});
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(ScoreProblem.WRONG_CLASS.key());
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.args()).containsExactly("3", "班级", "2", "0901002", "七年级1班");
        });
    }

    @Test
    void rowsOfAClassTheTeacherDoesNotTeachAreRefused() {
        ScoreImportPreview preview = parseXlsx(setup(Set.of(11L)),
                new Object[] {"学号", "1", "2", "3", "4"},
                new Object[] {"0901001", 3, 3, 4, 10},
                new Object[] {"0902001", 3, 3, 4, 10});
        assertThat(keys(preview.problems())).containsExactly(ScoreProblem.NOT_YOUR_CLASS.key());
        assertThat(preview.problems().get(0).rowNumber()).isEqualTo(3);
    }

    @Test
    void studentsAreJoinedBy学号NeverByName() {
        // Two students are called 王浩; the file's name for 0901003 is even wrong. The 学号 decides.
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "姓名", "1", "2", "3", "4"},
                new Object[] {"0901003", "王皓", 3, 3, 4, 10},
                new Object[] {"0902001", "王浩", 0, 0, 0, 1});
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ParsedScore::studentId).containsExactly(103L, 201L);
        assertThat(preview.notes()).extracting(ImportProblem::messageKey).containsExactly(ScoreProblem.NAME_DIFFERS.key());
    }

    @Test
    void aTotalThatIsNotTheSumOfTheItemsPointsToAShiftedColumn() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "1", "2", "3", "4", "总分"},
                new Object[] {"0901001", 3, 3, 4, 10, 19});
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(ScoreProblem.TOTAL_MISMATCH.key());
            assertThat(p.args()).containsExactly("2", "总分", "19", "20");
        });
    }

    @Test
    void missingItemColumnsBlockTheWholeFileAndAreListedOnce() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "姓名", "总分", "备注"},
                new Object[] {"0901001", "张伟", 20, "x"});
        assertThat(preview.rows()).isEmpty();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo(ScoreProblem.MISSING_ITEM_COLUMNS.key());
            assertThat(p.rowNumber()).isEqualTo(1);
            assertThat(p.args()[2]).isEqualTo("1、2、3、4");
        });
        assertThat(preview.notes()).extracting(ImportProblem::column).containsExactly("备注");
    }

    @Test
    void objectiveItemsWithOnlyAnOptionColumnAreScoredFromTheKey() {
        ScoreImportPreview preview = parseXlsx(
                new Object[] {"学号", "1选项", "2选项", "3", "4"},
                new Object[] {"0901001", "B", "A", 4, 10});
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).points()).isEqualTo("3,0,4,10");
        assertThat(preview.notes()).extracting(ImportProblem::messageKey)
                .containsOnly(ScoreProblem.POINTS_FROM_KEY.key());
    }

    @Test
    void gbkCsvFromChineseExcelIsRead() {
        String csv = "学号,姓名,班级,1,1选项,2,2选项,3,4\r\n0901001,张伟,七年级1班,3,B,3,D,3.5,8\r\n0901002,李娜,七年级1班,,,,,,\r\n";
        ScoreImportPreview preview = ScoreImportParser.parse(reader.read("成绩.csv", csv.getBytes(Charset.forName("GBK"))),
                setup(Set.of(11L, 12L)), no -> Optional.ofNullable(ROSTER.get(no)));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).total()).isEqualTo(17.5);
        assertThat(preview.rows().get(1).absent()).isTrue();
    }

    @Test
    void totalOnlyExamReadsTheTotalAndTreatsAnEmptyTotalAsAbsent() {
        ImportSetup totals = new ImportSetup(List.of(), true, 120, Set.of(11L, 12L), Set.of(11L, 12L), CLASSES);
        String csv = "学号,总分\n0901001,98.5\n0901002,\n0901003,121\n0902001,87.25\n";
        ScoreImportPreview preview = ScoreImportParser.parse(reader.read("成绩.csv", csv.getBytes(StandardCharsets.UTF_8)),
                totals, no -> Optional.ofNullable(ROSTER.get(no)));
        assertThat(preview.rows()).extracting(ParsedScore::studentNo).containsExactly("0901001", "0901002");
        assertThat(preview.rows().get(0).total()).isEqualTo(98.5);
        assertThat(preview.rows().get(0).points()).isNull();
        assertThat(preview.rows().get(1).absent()).isTrue();
        assertThat(preview.problems()).extracting(ImportProblem::rowNumber, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, ScoreProblem.ABOVE_MAX.key()),
                org.assertj.core.groups.Tuple.tuple(5, ScoreProblem.TOO_PRECISE.key()));
    }
}
