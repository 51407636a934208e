package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.Exam;
import cn.hezuo.system.RuleViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 实验组 / 对照组 choice saved with an exam (table {@code exam_experiment}): the experiment page opens with it and
 * the export uses it. Plain JDBC, one row per exam, so saving never touches the exam's own version.
 */
@Component
class ExperimentChoices {

    /** A saved choice: the pre-test (null when none) and the classes of each group. */
    public record Choice(Long preExamId, Set<Long> experimental, Set<Long> control) {
    }

    private final JdbcTemplate jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ExperimentChoices(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Choice> find(long examId) {
        return jdbc.query("select pre_exam_id, experimental_ids, control_ids from exam_experiment where exam_id = ?",
                (rs, n) -> new Choice((Long) rs.getObject(1, Long.class), ids(rs.getString(2)), ids(rs.getString(3))),
                examId).stream().findFirst();
    }

    /**
     * Saves the choice; both groups need at least one of the exam's classes and no class may be in both.
     *
     * @param examClassIds the exam's classes
     */
    @Transactional
    public void save(HezuoUser user, Exam exam, Long preExamId, Set<Long> experimental, Set<Long> control,
                     List<Long> examClassIds, String description) {
        if (experimental.isEmpty() || control.isEmpty() || experimental.stream().anyMatch(control::contains)
                || !examClassIds.containsAll(experimental) || !examClassIds.containsAll(control)) {
            throw new RuleViolationException("examreport.experiment.error.groups");
        }
        jdbc.update("delete from exam_experiment where exam_id = ?", exam.getId());
        jdbc.update("insert into exam_experiment (exam_id, school_id, pre_exam_id, experimental_ids, control_ids,"
                + " saved_by, saved_at) values (?, ?, ?, ?, ?, ?, ?)", exam.getId(), exam.getSchoolId(), preExamId,
                join(experimental), join(control), user.getUsername(), Timestamp.from(clock.instant()));
        audit.record("UPDATE", "Exam", exam.getId(), cn.hezuo.audit.AuditText.of("audit.msg.exam.experiment", exam.getName(),
                description));
    }

    private static String join(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static Set<Long> ids(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(Long::valueOf).forEach(ids::add);
        }
        return ids;
    }
}
