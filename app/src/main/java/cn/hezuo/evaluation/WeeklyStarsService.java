package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the 周评表: a teacher of the class, or the class's 学习委员 (class-scope recorder, while student
 * recording is on). A group recorder may not: the form rates every group, including the recorder's rivals.
 */
@Service
class WeeklyStarsService {

    private final WeeklyStarsRepository stars;
    private final EvaluationAccess access;
    private final ClassGroupsQuery groups;
    private final SchoolCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;

    WeeklyStarsService(WeeklyStarsRepository stars, EvaluationAccess access, ClassGroupsQuery groups,
                       SchoolCalendar calendar, AuditTrail audit, Clock clock) {
        this.stars = stars;
        this.access = access;
        this.groups = groups;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who may fill the form: a teacher of the class or its 学习委员; everyone else 403. */
    @Transactional(readOnly = true)
    Recorder requireFiller(HezuoUser user, long classId) {
        Recorder recorder = access.requireRecorder(user, classId);
        if (!recorder.isTeacher() && recorder.scope() != RecorderScope.CLASS) {
            throw new AccessDeniedException("only the 学习委员 or a teacher fills the weekly form");
        }
        return recorder;
    }

    /**
     * Saves one group's stars for a term week of the current term; {@code version} is the one the form showed
     * (-1 when the group had no row yet). A stale version — someone saved in between — gets the 409 page.
     */
    @Transactional
    public WeeklyStars save(HezuoUser user, long classId, int week, long groupId, StarScores scores, String comment,
                            int version) {
        Recorder filler = requireFiller(user, classId);
        SchoolTerm term = calendar.requireTermForToday(filler.schoolClass().getSchoolId());
        if (!term.hasWeek(week)) {
            throw new RuleViolationException("evaluation.stars.error.week");
        }
        ClassGroups.Group group = groups.of(classId).group(groupId)
                .orElseThrow(() -> new RuleViolationException("evaluation.stars.error.group"));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > WeeklyStars.COMMENT_MAX) {
            throw new RuleViolationException("evaluation.stars.error.comment", WeeklyStars.COMMENT_MAX);
        }
        Optional<WeeklyStars> existing = stars.findByTermIdAndTermWeekAndGroupId(term.id(), week, groupId);
        WeeklyStars row = existing.orElseGet(() -> new WeeklyStars(filler.schoolClass().getSchoolId(), classId,
                term.id(), week, groupId));
        int seen = existing.map(WeeklyStars::getVersion).orElse(-1);
        if (seen != version) {
            throw new ObjectOptimisticLockingFailureException(WeeklyStars.class, groupId);
        }
        StarScores before = existing.map(WeeklyStars::scores).orElse(null);
        row.fill(scores, text, user.getUsername(), filler.studentId(), Instant.now(clock));
        WeeklyStars saved = stars.saveAndFlush(row);
        audit.record(existing.isPresent() ? "UPDATE" : "CREATE", "WeeklyStars", saved.getId(),
                AuditText.of(filler.isTeacher() ? "audit.msg.eval.stars" : "audit.msg.eval.starsByStudent",
                        filler.schoolClass().getName(), week, group.number(),
                        before == null ? AuditText.of("audit.value.none") : stars(before), stars(scores), filler.studentId()));
        return saved;
    }

    private static AuditText stars(StarScores s) {
        return AuditText.of("audit.msg.eval.starScores", s.studyPlan(), s.answering(), s.challenge(), s.reflection());
    }
}
