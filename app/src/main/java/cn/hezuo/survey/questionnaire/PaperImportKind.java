package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.roster.RosterRow;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.spreadsheet.SpreadsheetReader;
import cn.hezuo.upload.ImportKind;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Paper answers of a survey (target: the survey), through the one staged import. Named: each row's student gets a
 * participation row and a response, and must not have submitted already. Anonymous: a response per row with its class
 * only — a random id, no student, no time — and no participation (a paper sheet names nobody).
 */
@Component
public class PaperImportKind implements ImportKind<PaperImportPreview, PaperImportPreview> {

    public static final String PURPOSE = "survey-import";

    private final SpreadsheetReader reader = new SpreadsheetReader();
    private final SurveyService surveys;
    private final ClassAccess classAccess;
    private final RosterQuery roster;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    PaperImportKind(SurveyService surveys, ClassAccess classAccess, RosterQuery roster, JdbcTemplate jdbc,
                    AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.classAccess = classAccess;
        this.roster = roster;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Class<PaperImportPreview> previewType() {
        return PaperImportPreview.class;
    }

    @Override
    public String messagePrefix() {
        return "survey.import";
    }

    @Override
    public void requireAccess(HezuoUser user, long surveyId) {
        surveys.require(user, surveyId);
    }

    @Override
    public PaperImportPreview parse(HezuoUser user, long surveyId, String filename, byte[] content,
                                    PaperImportPreview kept) {
        Survey survey = surveys.require(user, surveyId);
        Map<String, PaperImportParser.Known> students = new HashMap<>();
        Map<String, Long> classNames = new HashMap<>();
        for (SchoolClass c : classAccess.viewable(user)) {
            if (survey.getClassIds().contains(c.getId())) {
                classNames.put(c.getName(), c.getId());
                for (RosterRow row : roster.roster(c.getId(), false, RosterQuery.SortOrder.STUDENT_NO)) {
                    students.put(row.student().getStudentNo(),
                            new PaperImportParser.Known(row.student().getId(), c.getId()));
                }
            }
        }
        Set<Long> submitted = new HashSet<>(jdbc.queryForList(
                "select student_id from survey_participation where survey_id = ? order by student_id", Long.class,
                surveyId));
        PaperImportParser parser = new PaperImportParser(survey, surveys.questions(surveyId), students, classNames,
                submitted);
        reader.stream(filename, content, parser);
        return parser.finish();
    }

    @Override
    public PaperImportPreview preview(HezuoUser user, long surveyId, PaperImportPreview parsed) {
        return parsed;
    }

    @Override
    public void apply(HezuoUser user, long surveyId, String filename, PaperImportPreview parsed) {
        Survey survey = surveys.require(user, surveyId);
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (PaperImportPreview.PaperRow row : parsed.rows()) {
            String answers = new Answers(row.choices(), row.texts()).toJson();
            if (survey.isAnonymous()) {
                jdbc.update("insert into survey_response (id, survey_id, class_id, student_id, submitted_at, answers) "
                        + "values (?, ?, ?, null, null, ?)", UUID.randomUUID().toString(), surveyId, row.classId(), answers);
            } else {
                jdbc.update("insert into survey_participation (survey_id, student_id) values (?, ?)", surveyId,
                        row.studentId());
                jdbc.update("insert into survey_response (id, survey_id, class_id, student_id, submitted_at, answers) "
                        + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), surveyId, row.classId(),
                        row.studentId(), now, answers);
                jdbc.update("delete from survey_draft where survey_id = ? and student_id = ?", surveyId, row.studentId());
            }
        }
        audit.record("IMPORT", "Survey", surveyId, AuditText.of("audit.msg.survey.imported", survey.getTitle(),
                parsed.rows().size()));
    }
}
