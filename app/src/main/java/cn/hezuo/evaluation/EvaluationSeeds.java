package cn.hezuo.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation feature's part of seeding the demo school: awards given through {@link AwardService} are moved back
 * in time so that past months have points. Only the demo calls it, in its own transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class EvaluationSeeds {

    private final JdbcTemplate jdbc;

    EvaluationSeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Dates an award back to {@code at}; {@code termWeek} is its week of the term, or null outside any term. */
    public void backdate(long actionId, Instant at, Integer termWeek) {
        if (termWeek != null) {
            jdbc.update("update eval_action set recorded_at = ?, term_week = ? where id = ?", Timestamp.from(at),
                    termWeek, actionId);
        } else {
            jdbc.update("update eval_action set recorded_at = ? where id = ?", Timestamp.from(at), actionId);
        }
    }

    /** Whether the class has any award recorded from {@code from} (inclusive) to {@code to} (exclusive). */
    public boolean anyAward(long classId, Instant from, Instant to) {
        Integer count = jdbc.queryForObject("select count(*) from eval_action where class_id = ? and recorded_at >= ?"
                + " and recorded_at < ?", Integer.class, classId, Timestamp.from(from), Timestamp.from(to));
        return count != null && count > 0;
    }
}
