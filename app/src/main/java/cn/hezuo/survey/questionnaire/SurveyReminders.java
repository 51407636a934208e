package cn.hezuo.survey.questionnaire;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.RuleViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 提醒: a teacher reminds the classes of an open survey that have not all answered. For {@link #SHOWN} after the last
 * reminder the class's evaluation board shows a banner with the class's count (never who is missing) and the
 * students' survey card on /me is marked. Templates call {@link #forClass} and {@link #remindedFor} as beans.
 */
@Component
public class SurveyReminders {

    /** How long a reminder stays on the screens. */
    static final Duration SHOWN = Duration.ofDays(3);

    /** One banner line: a survey's title and this class's answer sheets of its students. */
    public record Banner(long surveyId, String title, long responses, long students, LocalDate closesOn) {
    }

    private final SurveyService surveys;
    private final SurveyRepository surveyRows;
    private final SurveyResults results;
    private final ClassAccess classAccess;
    private final RosterQuery roster;
    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SurveyReminders(SurveyService surveys, SurveyRepository surveyRows, SurveyResults results, ClassAccess classAccess,
                    RosterQuery roster, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.surveys = surveys;
        this.surveyRows = surveyRows;
        this.results = results;
        this.classAccess = classAccess;
        this.roster = roster;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reminds every class of the survey the teacher may view that has not all answered; returns how many. */
    @Transactional
    public int send(HezuoUser user, long surveyId) {
        Survey survey = surveys.require(user, surveyId);
        if (!survey.isOpenOn(LocalDate.now(clock))) {
            throw new RuleViolationException("survey.error.reminderClosed");
        }
        Set<Long> viewable = new HashSet<>();
        classAccess.viewable(user).forEach(c -> viewable.add(c.getId()));
        Instant now = Instant.now(clock);
        int sent = 0;
        for (SurveyResults.Rate rate : results.rates(user, surveyId)) {
            if (viewable.contains(rate.classId()) && rate.responses() < rate.students()) {
                jdbc.update("insert into survey_reminder (survey_id, class_id, sent_at, sent_by) values (?, ?, ?, ?)",
                        surveyId, rate.classId(), Timestamp.from(now), user.getUsername());
                sent++;
            }
        }
        if (sent == 0) {
            throw new RuleViolationException("survey.error.reminderNobody");
        }
        audit.record("UPDATE", "Survey", surveyId, AuditText.of("audit.msg.survey.reminded", survey.getTitle(), sent));
        return sent;
    }

    /** The open surveys reminded to this class in the last three days, with the class's count. */
    @Transactional(readOnly = true)
    public List<Banner> forClass(long classId) {
        Map<Long, Boolean> reminded = reminded(classId);
        if (reminded.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        long students = roster.activeCounts(List.of(classId)).getOrDefault(classId, 0L);
        List<Banner> banners = new ArrayList<>();
        for (Survey s : surveyRows.findAllById(reminded.keySet())) {
            if (s.isOpenOn(today)) {
                Long responses = jdbc.queryForObject("select count(*) from survey_response where survey_id = ?"
                        + " and class_id = ?", Long.class, s.getId(), classId);
                banners.add(new Banner(s.getId(), s.getTitle(), responses == null ? 0 : responses, students,
                        s.getClosesOn()));
            }
        }
        banners.sort(java.util.Comparator.comparing(Banner::surveyId));
        return banners;
    }

    /** Ids of the surveys reminded to this student's class in the last three days (for the mark on /me). */
    @Transactional(readOnly = true)
    public Set<Long> remindedFor(long classId) {
        return reminded(classId).keySet();
    }

    private Map<Long, Boolean> reminded(long classId) {
        Map<Long, Boolean> ids = new LinkedHashMap<>();
        jdbc.query("select distinct survey_id from survey_reminder where class_id = ? and sent_at >= ?"
                + " order by survey_id", rs -> {
                    ids.put(rs.getLong(1), Boolean.TRUE);
                }, classId, Timestamp.from(Instant.now(clock).minus(SHOWN)));
        return ids;
    }
}
