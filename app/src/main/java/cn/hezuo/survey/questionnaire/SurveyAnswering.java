package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student answering a survey on a phone: a draft saved question by question (resumable), then one submission.
 *
 * <p><b>Anonymity.</b> For an anonymous survey the response row gets a random UUID id, its class, the answers — and
 * no student and no time; the fact that the student submitted goes to {@code survey_participation} (survey, student:
 * no id, no time); the draft is deleted in the same transaction; the audit line names the survey, never the response.
 * So nothing stored joins a student to an answer (docs/surveys.md, "Anonymity"; {@code SurveyPrivacyTest}).
 *
 * <p><b>Submitted once.</b> The participation row (primary key survey + student) is checked and written in the
 * submitting transaction; a retry after success finds it and returns {@link Submitted#ALREADY} without writing.
 * Two submissions racing both pass the check, and the second fails on the primary key and rolls back whole.
 */
@Service
public class SurveyAnswering {

    /** What a submission did. */
    public enum Submitted { NOW, ALREADY }

    private final SurveyRepository surveys;
    private final SurveyQuestionRepository questions;
    private final RosterQuery roster;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyAnswering(SurveyRepository surveys, SurveyQuestionRepository questions, RosterQuery roster,
                    JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.questions = questions;
        this.roster = roster;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @org.springframework.beans.factory.annotation.Autowired
    private SurveyReminders reminders;

    /** Of the surveys open for the student, those the teacher reminded the class of in the last three days. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> remindedFor(HezuoUser user) {
        return reminders.remindedFor(classOf(user));
    }

    /** Surveys open today for the student's class that the student has not submitted yet. */
    @Transactional(readOnly = true)
    public List<Survey> openFor(HezuoUser user) {
        long classId = classOf(user);
        LocalDate today = LocalDate.now(clock);
        return surveys.findBySchoolIdOrderByOpensOnDescIdDesc(user.schoolId()).stream()
                .filter(s -> s.getClassIds().contains(classId) && s.isOpenOn(today))
                .filter(s -> !hasSubmitted(s.getId(), user.studentId()))
                .toList();
    }

    /** The survey if it is given to the student's class (open or not); 404 otherwise. */
    @Transactional(readOnly = true)
    public Survey requireGivenTo(HezuoUser user, long surveyId) {
        long classId = classOf(user);
        return surveys.findByIdAndSchoolId(surveyId, user.schoolId())
                .filter(s -> s.getClassIds().contains(classId))
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
    }

    @Transactional(readOnly = true)
    public boolean hasSubmitted(long surveyId, long studentId) {
        Integer n = jdbc.queryForObject("select count(*) from survey_participation where survey_id = ? and student_id = ?",
                Integer.class, surveyId, studentId);
        return n != null && n > 0;
    }

    @Transactional(readOnly = true)
    public Answers draft(HezuoUser user, long surveyId) {
        requireGivenTo(user, surveyId);
        return jdbc.query("select answers from survey_draft where survey_id = ? and student_id = ?",
                (rs, i) -> Answers.fromJson(rs.getString(1)), surveyId, user.studentId()).stream().findFirst()
                .orElse(Answers.empty());
    }

    /** Saves one answer into the draft (so the student can stop and go on later, on any device). */
    @Transactional
    public Answers answer(HezuoUser user, long surveyId, long questionId, List<Integer> chosen, String text) {
        Survey survey = requireOpen(user, surveyId);
        SurveyQuestion question = questions.findBySurveyIdOrderBySortOrderAscIdAsc(survey.getId()).stream()
                .filter(q -> q.getId() == questionId).findFirst()
                .orElseThrow(() -> new NotFoundException("question", questionId));
        check(question, chosen, text);
        if (hasSubmitted(surveyId, user.studentId())) {
            throw new RuleViolationException("survey.error.alreadySubmitted");
        }
        Answers answers = draft(user, surveyId).with(questionId, chosen, text);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.update("update survey_draft set answers = ?, updated_at = ? where survey_id = ? and student_id = ?",
                answers.toJson(), now, surveyId, user.studentId());
        if (updated == 0) {
            jdbc.update("insert into survey_draft (survey_id, student_id, answers, updated_at) values (?, ?, ?, ?)",
                    surveyId, user.studentId(), answers.toJson(), now);
        }
        return answers;
    }

    /**
     * Submits the draft once; a retry returns {@link Submitted#ALREADY} and writes nothing.
     *
     * <p>This is the request a whole school sends within minutes (docs/surveys.md, "Benchmark"), so it reads only
     * what it needs, each in one statement: the student's class, the survey's row joined to that class (given to
     * it? open? anonymous? title), the draft, the participation check, the questions' ids and kinds; then the
     * participation row, the response, the draft's deletion and the audit line. (Before, the same checks loaded the survey with all its classes three times and every question entity.)
     */
    @Transactional
    public Submitted submit(HezuoUser user, long surveyId) {
        long classId = classOf(user);
        long studentId = user.studentId();
        SubmitTarget survey = jdbc.query("select s.title, s.anonymous, s.opens_on, s.closes_on from survey s"
                        + " join survey_class c on c.survey_id = s.id and c.class_id = ?"
                        + " where s.id = ? and s.school_id = ?",
                (rs, i) -> new SubmitTarget(rs.getString(1), rs.getBoolean(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)), classId, surveyId, user.schoolId())
                .stream().findFirst().orElseThrow(() -> new NotFoundException("survey", surveyId));
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(survey.opensOn()) || today.isAfter(survey.closesOn())) {
            throw new RuleViolationException("survey.error.closed");
        }
        List<String> draftJson = jdbc.query("select answers from survey_draft where survey_id = ? and student_id = ?",
                (rs, i) -> rs.getString(1), surveyId, studentId);
        if (hasSubmitted(surveyId, studentId)) {
            return Submitted.ALREADY;
        }
        Answers answers = draftJson.isEmpty() ? Answers.empty() : Answers.fromJson(draftJson.get(0));
        // questions in builder order: the first unanswered one (not a text question) is named in the refusal
        List<Object[]> list = jdbc.query("select id, kind, sort_order from survey_question where survey_id = ?"
                + " order by sort_order, id", (rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getInt(3)},
                surveyId);
        for (Object[] q : list) {
            if (!QuestionKind.TEXT.name().equals(q[1]) && !answers.answered((Long) q[0])) {
                throw new RuleViolationException("survey.error.unanswered", (Integer) q[2] + 1);
            }
        }
        String json = answers.toJson();
        jdbc.update("insert into survey_participation (survey_id, student_id) values (?, ?)", surveyId, studentId);
        if (survey.anonymous()) {
            jdbc.update("insert into survey_response (id, survey_id, class_id, student_id, submitted_at, answers) "
                    + "values (?, ?, ?, null, null, ?)", UUID.randomUUID().toString(), surveyId, classId, json);
        } else {
            jdbc.update("insert into survey_response (id, survey_id, class_id, student_id, submitted_at, answers) "
                    + "values (?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), surveyId, classId, studentId,
                    Timestamp.from(Instant.now(clock)), json);
        }
        jdbc.update("delete from survey_draft where survey_id = ? and student_id = ?", surveyId, studentId);
        audit.record("SUBMIT", "Survey", surveyId, AuditText.of("audit.msg.survey.submitted", survey.title()));
        return Submitted.NOW;
    }

    /** What the submission needs of the survey row. */
    private record SubmitTarget(String title, boolean anonymous, LocalDate opensOn, LocalDate closesOn) {
    }

    /** A named survey's own answers for the student who gave them; empty for anonymous surveys (nothing links). */
    @Transactional(readOnly = true)
    public Optional<Answers> ownAnswers(HezuoUser user, long surveyId) {
        Survey survey = requireGivenTo(user, surveyId);
        if (survey.isAnonymous()) {
            return Optional.empty();
        }
        return jdbc.query("select answers from survey_response where survey_id = ? and student_id = ?",
                (rs, i) -> Answers.fromJson(rs.getString(1)), surveyId, user.studentId()).stream().findFirst();
    }

    static void check(SurveyQuestion question, List<Integer> chosen, String text) {
        int options = question.getOptions().size();
        List<Integer> list = chosen == null ? List.of() : chosen;
        if (question.getKind() == QuestionKind.TEXT) {
            if (text != null && text.strip().length() > 300) {
                throw new RuleViolationException("survey.error.textTooLong", 300);
            }
            return;
        }
        if (list.isEmpty()) {
            throw new RuleViolationException("survey.error.chooseOne");
        }
        if (question.getKind() != QuestionKind.MULTIPLE && list.size() > 1) {
            throw new RuleViolationException("survey.error.onlyOne");
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer i : list) {
            if (i == null || i < 0 || i >= options || !seen.add(i)) {
                throw new RuleViolationException("survey.error.badOption");
            }
        }
    }

    private Survey requireOpen(HezuoUser user, long surveyId) {
        Survey survey = requireGivenTo(user, surveyId);
        if (!survey.isOpenOn(LocalDate.now(clock))) {
            throw new RuleViolationException("survey.error.closed");
        }
        return survey;
    }

    private long classOf(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        return roster.classOf(user.schoolId(), user.studentId())
                .orElseThrow(() -> new NotFoundException("student", user.studentId()));
    }
}
