package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.hezuo.roster.importing.RosterImportRow.Action;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.spreadsheet.Table;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RosterImportParserTest {

    static final long CLASS_ID = 7;
    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "物理");

    private final Map<String, ExistingStudent> stored = new HashMap<>();
    private final RosterImportParser parser = new RosterImportParser();

    @Test
    void columnsInAnyOrderAreMatchedByHeader() {
        RosterImportPreview preview = parse("性别,备注,姓名,数学,学号,性格\n女,课代表,李娜,98.5,2023001,内向\n");

        RosterImportRow row = preview.rows().get(0);
        assertThat(row).extracting(RosterImportRow::studentNo, RosterImportRow::name, RosterImportRow::gender,
                        RosterImportRow::personality, RosterImportRow::notes, RosterImportRow::action)
                .containsExactly("2023001", "李娜", "F", "内向", "课代表", Action.CREATE);
        assertThat(row.scores()).containsExactly(Map.entry("数学", new BigDecimal("98.5")));
        assertThat(preview.scoreSubjects()).containsExactly("数学");
        assertThat(preview.canConfirm()).isTrue();
    }

    @Test
    void aliasAndDecoratedHeadersAreMatched() {
        RosterImportPreview preview = parse("考号,姓名*,性 别,语文（必填）\nA-01,王浩,男,90\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).studentNo()).isEqualTo("A-01");
        assertThat(preview.scoreSubjects()).containsExactly("语文");
    }

    @Test
    void exactHeaderWinsOverAliasAndTheAliasColumnIsIgnored() {
        RosterImportPreview preview = parse("考号,学号,姓名,性别\n99,2023001,王浩,男\n");

        assertThat(preview.rows().get(0).studentNo()).isEqualTo("2023001");
        assertThat(preview.notes()).extracting(ImportProblem::column).containsExactly("考号");
    }

    @Test
    void unknownColumnsAreIgnoredWithANoteNotAnError() {
        RosterImportPreview preview = parse("学号,姓名,性别,身份证号,家长电话\n1,王浩,男,110,139\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.canConfirm()).isTrue();
        assertThat(preview.notes()).extracting(ImportProblem::rowNumber, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple(1, "身份证号", "rosterimport.note.ignoredColumn"),
                        tuple(1, "家长电话", "rosterimport.note.ignoredColumn"));
    }

    @Test
    void missingRequiredColumnBlocksTheWholePreviewOnTheHeaderRow() {
        RosterImportPreview preview = parse("班级名单,,\n姓名,备注,语文\n王浩,,90\n");

        assertThat(preview.rows()).isEmpty();
        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::rowNumber, ImportProblem::column)
                .containsExactly(tuple(2, "学号"), tuple(2, "性别"));
        assertThat(preview.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("rosterimport.error.missingColumn");
    }

    @Test
    void twoColumnsForTheSameFieldBlockThePreview() {
        RosterImportPreview preview = parse("学号,姓名,性别,语文,语文\n1,王浩,男,90,91\n");

        assertThat(preview.canConfirm()).isFalse();
        assertProblem(preview, 1, "语文", "rosterimport.error.duplicateColumn");
    }

    @Test
    void missingStudentNoIsReportedWithRowAndColumn() {
        RosterImportPreview preview = parse("学号,姓名,性别\n,王浩,男\n");

        assertProblem(preview, 2, "学号", "rosterimport.error.missingStudentNo");
        assertThat(preview.rows().get(0).action()).isEqualTo(Action.INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023 001", "学2023", "2023_001", "123456789012345678901234567890123"})
    void studentNoWithSpacesOtherCharactersOrOver32CharactersIsInvalid(String studentNo) {
        RosterImportPreview preview = parse("学号,姓名,性别\n\"" + studentNo + "\",王浩,男\n");

        ImportProblem problem = assertProblem(preview, 2, "学号", "rosterimport.error.invalidStudentNo");
        assertThat(problem.args()).containsExactly("2", "学号", studentNo, "32");
    }

    @Test
    void fullWidthDigitsInStudentNoAreReadAsDigits() {
        RosterImportPreview preview = parse("学号,姓名,性别\n２０２３００１,王浩,男\n");

        assertThat(preview.rows().get(0).studentNo()).isEqualTo("2023001");
    }

    @Test
    void duplicateStudentNoIsReportedOnTheSecondOccurrenceNamingTheFirstRow() {
        RosterImportPreview preview = parse("学号,姓名,性别\n1,王浩,男\n2,李娜,女\n1,张伟,男\n");

        ImportProblem problem = assertProblem(preview, 4, "学号", "rosterimport.error.duplicateStudentNo");
        assertThat(problem.args()).containsExactly("4", "学号", "1", "2");
        assertThat(preview.rows()).extracting(RosterImportRow::action)
                .containsExactly(Action.CREATE, Action.CREATE, Action.INVALID);
    }

    @Test
    void studentNoAlreadyInAnotherClassNamesThatClassAndStudent() {
        stored.put("2023001", new ExistingStudent(5, 99, "七年级2班", "王浩"));

        RosterImportPreview preview = parse("学号,姓名,性别\n2023001,王浩,男\n");

        ImportProblem problem = assertProblem(preview, 2, "学号", "rosterimport.error.studentNoInOtherClass");
        assertThat(problem.args()).containsExactly("2", "学号", "2023001", "七年级2班", "王浩");
        assertThat(RosterMessagesTest.chinese(problem))
                .isEqualTo("第2行「学号」列：学号 2023001 已在 七年级2班（王浩），请先在该班转出");
    }

    @Test
    void emptyNameIsReported() {
        assertProblem(parse("学号,姓名,性别\n1,,男\n"), 2, "姓名", "rosterimport.error.missingName");
    }

    @Test
    void nameLongerThanFiftyCharactersIsReported() {
        RosterImportPreview preview = parse("学号,姓名,性别\n1," + "王".repeat(51) + ",男\n2," + "王".repeat(50) + ",男\n");

        assertThat(preview.problems()).hasSize(1);
        assertProblem(preview, 2, "姓名", "rosterimport.error.nameTooLong");
    }

    @Test
    void chineseNamePaddedWithSpacesForAlignmentIsJoinedButLatinNamesKeepOneSpace() {
        RosterImportPreview preview = parse("学号,姓名,性别\n1,张　三,男\n2,Mary   Wang,女\n");

        assertThat(preview.rows()).extracting(RosterImportRow::name).containsExactly("张三", "Mary Wang");
    }

    @ParameterizedTest
    @ValueSource(strings = {"男", "男生", "M", "m", "Male", "MALE"})
    void maleSpellingsAreAccepted(String gender) {
        assertThat(parse("学号,姓名,性别\n1,王浩," + gender + "\n").rows().get(0).gender()).isEqualTo("M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"女", "女生", "F", "f", "female", "Female"})
    void femaleSpellingsAreAccepted(String gender) {
        assertThat(parse("学号,姓名,性别\n1,李娜," + gender + "\n").rows().get(0).gender()).isEqualTo("F");
    }

    @Test
    void unknownGenderIsReportedWithTheValue() {
        ImportProblem problem = assertProblem(parse("学号,姓名,性别\n1,王浩,nan\n"), 2, "性别",
                "rosterimport.error.unknownGender");

        assertThat(RosterMessagesTest.chinese(problem)).isEqualTo("第2行「性别」列：无法识别“nan”，请填写 男 或 女");
    }

    @Test
    void emptyGenderIsReported() {
        assertProblem(parse("学号,姓名,性别\n1,王浩,\n"), 2, "性别", "rosterimport.error.missingGender");
    }

    @Test
    void personalityMustBeExtrovertOrIntrovertButMayBeEmpty() {
        RosterImportPreview preview = parse("学号,姓名,性别,性格\n1,王浩,男,活泼\n2,李娜,女,\n3,张伟,男,外向型\n");

        assertProblem(preview, 2, "性格", "rosterimport.error.unknownPersonality");
        assertThat(preview.problems()).hasSize(1);
        assertThat(preview.rows()).extracting(RosterImportRow::personality).containsExactly(null, "", "外向");
    }

    @Test
    void absentOptionalColumnsAreNullSoStoredValuesAreKept() {
        RosterImportRow row = parse("学号,姓名,性别\n1,王浩,男\n").rows().get(0);

        assertThat(row.personality()).isNull();
        assertThat(row.notes()).isNull();
        assertThat(row.scores()).isEmpty();
    }

    @Test
    void notesLongerThanFiveHundredCharactersAreReported() {
        assertProblem(parse("学号,姓名,性别,备注\n1,王浩,男," + "好".repeat(501) + "\n"), 2, "备注",
                "rosterimport.error.notesTooLong");
    }

    @Test
    void scoresAreNumbersFromZeroToOneHundredFiftyWithOneDecimal() {
        RosterImportPreview preview = parse("学号,姓名,性别,语文,数学,英语,物理\n1,王浩,男,0,150,88.5,100.0\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).scores()).containsOnly(Map.entry("语文", new BigDecimal("0")),
                Map.entry("数学", new BigDecimal("150")), Map.entry("英语", new BigDecimal("88.5")),
                Map.entry("物理", new BigDecimal("100")));
        assertThat(preview.scoreSubjects()).containsExactly("语文", "数学", "英语", "物理");
    }

    @Test
    void emptyOrAbsentScoreMeansNoScoreAndIsNoError() {
        RosterImportPreview preview = parse("学号,姓名,性别,语文,数学\n1,王浩,男,缺考,\n");

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows().get(0).scores()).isEmpty();
    }

    @Test
    void scoreThatIsNotANumberIsReported() {
        ImportProblem problem = assertProblem(parse("学号,姓名,性别,数学\n1,王浩,男,九十\n"), 2, "数学",
                "rosterimport.error.scoreNotNumber");

        assertThat(problem.args()).containsExactly("2", "数学", "九十");
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.5", "151", "-1"})
    void scoreOutsideZeroToOneHundredFiftyIsReported(String score) {
        ImportProblem problem = assertProblem(parse("学号,姓名,性别,英语\n1,王浩,男," + score + "\n"), 2, "英语",
                "rosterimport.error.scoreOutOfRange");

        assertThat(problem.args()).containsExactly("2", "英语", score, "0", "150");
    }

    @Test
    void scoreWithTwoDecimalsIsReported() {
        assertProblem(parse("学号,姓名,性别,物理\n1,王浩,男,88.25\n"), 2, "物理", "rosterimport.error.scoreTooPrecise");
    }

    @Test
    void studentNoInTheTargetClassIsAnUpdateListingTheChangedFields() {
        stored.put("2023001", new ExistingStudent(5, CLASS_ID, "七年级1班", "王浩",
                new ExistingStudent.Details("M", "外向", null, Map.of("语文", new BigDecimal("90.0")))));

        RosterImportPreview preview = parse("学号,姓名,性别,性格,备注,语文,数学\n2023001,王皓,男,外向,,90,80\n2023002,李娜,女,,,,\n");

        assertThat(preview.rows()).extracting(RosterImportRow::action, RosterImportRow::existingStudentId)
                .containsExactly(tuple(Action.UPDATE, 5L), tuple(Action.CREATE, null));
        assertThat(preview.rows().get(0).changedFields()).containsExactly("姓名", "数学");
        assertThat(preview.toUpdate()).isEqualTo(1);
        assertThat(preview.toCreate()).isEqualTo(1);
        assertThat(preview.canConfirm()).isTrue();
    }

    @Test
    void withoutStoredDetailsOnlyTheNameIsCompared() {
        stored.put("1", new ExistingStudent(5, CLASS_ID, "七年级1班", "王浩"));

        RosterImportRow row = parse("学号,姓名,性别,语文\n1,王浩,女,100\n").rows().get(0);

        assertThat(row.action()).isEqualTo(Action.UPDATE);
        assertThat(row.changedFields()).isEmpty();
    }

    @Test
    void anyProblemBlocksConfirmationAndIsCountedAsInvalid() {
        RosterImportPreview preview = parse("学号,姓名,性别\n1,王浩,男\n2,李娜,?\n");

        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.invalid()).isEqualTo(1);
        assertThat(preview.problemsAt(3)).hasSize(1);
        assertThat(preview.problemsAt(2)).isEmpty();
    }

    @Test
    void problemsUseExcelRowNumbersEvenWhenBlankRowsWereSkipped() {
        RosterImportPreview preview = parse("学号,姓名,性别\n\n\n1,王浩,男\n,,\n2,,女\n");

        assertProblem(preview, 6, "姓名", "rosterimport.error.missingName");
    }

    @Test
    void oneRowCanHaveSeveralProblems() {
        RosterImportPreview preview = parse("学号,姓名,性别,数学\n,,x,200\n");

        assertThat(preview.problemsAt(2)).extracting(ImportProblem::column).containsExactly("学号", "姓名", "性别", "数学");
    }

    @Test
    void fiveThousandRowsArePreviewedQuicklyWithOneLookupPerStudentNo() {
        StringBuilder csv = new StringBuilder("学号,姓名,性别,语文,数学,英语\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append(3_000_000 + i).append(",学生").append(i).append(",女,90,85.5,缺考\n");
        }
        int[] lookups = {0};
        Table table = table(csv.toString());

        long start = System.nanoTime();
        RosterImportPreview preview = parser.parse(table, SUBJECTS, no -> {
            lookups[0]++;
            return Optional.empty();
        }, CLASS_ID);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(preview.toCreate()).isEqualTo(5_000);
        assertThat(lookups[0]).isEqualTo(5_000);
        assertThat(millis).as("parse time in ms").isLessThan(3_000);
    }

    private RosterImportPreview parse(String csv) {
        return parser.parse(table(csv), SUBJECTS, no -> Optional.ofNullable(stored.get(no)), CLASS_ID);
    }

    static Table table(String csv) {
        return new SpreadsheetReader().read("名单.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportProblem assertProblem(RosterImportPreview preview, int row, String column, String key) {
        assertThat(preview.problems()).extracting(ImportProblem::rowNumber, ImportProblem::column,
                ImportProblem::messageKey).contains(tuple(row, column, key));
        assertThat(preview.canConfirm()).isFalse();
        return preview.problems().stream().filter(p -> p.rowNumber() == row && p.messageKey().equals(key))
                .findFirst().orElseThrow();
    }
}
