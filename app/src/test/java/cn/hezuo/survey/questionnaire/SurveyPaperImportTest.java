package cn.hezuo.survey.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.upload.StagedImport;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Paper answers from a real .xlsx (made with POI) through the staged import: all or nothing, problems by row and column. */
@HezuoTest
class SurveyPaperImportTest {

    @Autowired StagedImport imports;
    @Autowired PaperImportKind kind;
    @Autowired SurveyService surveys;
    @Autowired RosterQuery roster;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void fileWithOneBadRowShowsTheRowAndColumnAndWritesNothingThenTheFixedFileImportsOnce() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0801");
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst()
                .orElseThrow().getId();
        LocalDate today = LocalDate.now(clock);
        Survey survey = surveys.create(head, new SurveyForm("纸质-" + UUID.randomUUID().toString().substring(0, 6),
                false, SurveyPhase.ONCE, null, today, today.plusDays(3), List.of(classId),
                List.of("attitude.math", "group.role", "open.suggestion")));
        List<RosterRow> students = roster.roster(classId, false, RosterQuery.SortOrder.STUDENT_NO);
        String a = students.get(10).student().getStudentNo();
        String b = students.get(11).student().getStudentNo();
        String c = students.get(12).student().getStudentNo();

        byte[] bad = xlsx(new String[][] {
                {"学号", "姓名", "1", "2", "3"},
                {a, "甲", "1", "1、3", "多讨论"},
                {b, "乙", "9", "B", ""},
                {c, "丙", "不喜欢", "E", ""}});
        String uploadId = imports.upload(kind, head, survey.getId(), "纸质答卷.xlsx", bad);
        PaperImportPreview preview = imports.preview(kind, head, survey.getId(), uploadId);
        assertThat(preview.canConfirm()).isFalse();
        assertThat(preview.problems()).hasSize(1);
        ImportProblem problem = preview.problems().get(0);
        assertThat(problem.rowNumber()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo("1");
        assertThat(problem.messageKey()).isEqualTo("survey.import.error.badOption");
        assertThatThrownBy(() -> imports.confirm(kind, head, survey.getId(), uploadId)).isInstanceOf(RuntimeException.class);
        assertThat(responses(survey)).isZero();

        byte[] good = xlsx(new String[][] {
                {"学号", "姓名", "1", "2", "3"},
                {a, "甲", "1", "1、3", "多讨论"},
                {b, "乙", "2", "B", ""},
                {c, "丙", "不喜欢", "E", ""}});
        String goodId = imports.upload(kind, head, survey.getId(), "纸质答卷.xlsx", good);
        assertThat(imports.preview(kind, head, survey.getId(), goodId).canConfirm()).isTrue();
        imports.confirm(kind, head, survey.getId(), goodId);
        assertThat(responses(survey)).isEqualTo(3);
        assertThatThrownBy(() -> imports.confirm(kind, head, survey.getId(), goodId)).isInstanceOf(RuntimeException.class);
        assertThat(responses(survey)).isEqualTo(3);
        long q1 = surveys.questions(survey.getId()).get(0).getId();
        long q2 = surveys.questions(survey.getId()).get(1).getId();
        String json = jdbc.queryForObject("select answers from survey_response where survey_id = ? and student_id = ?",
                String.class, survey.getId(), students.get(12).student().getId());
        Answers answers = Answers.fromJson(json);
        assertThat(answers.choices().get(q1)).containsExactly(2);
        assertThat(answers.choices().get(q2)).containsExactly(4);
        // the same students again: refused by row, they have submitted
        String again = imports.upload(kind, head, survey.getId(), "纸质答卷.xlsx", good);
        assertThat(imports.preview(kind, head, survey.getId(), again).problems())
                .extracting(ImportProblem::messageKey).containsOnly("survey.import.error.alreadySubmitted");
    }

    private int responses(Survey survey) {
        return jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Integer.class,
                survey.getId());
    }

    private static byte[] xlsx(String[][] cells) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("答卷");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    if (!cells[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
