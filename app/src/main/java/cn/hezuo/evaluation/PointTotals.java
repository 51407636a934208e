package cn.hezuo.evaluation;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Running totals per (term, group) and (term, student), changed by the database in the award's own
 * transaction ({@code points = points + ?}), never read-modify-written in Java: concurrent awards to one group
 * queue on its row lock and none is lost. The class board reads these rows instead of summing millions of
 * points. Keys are updated in ascending order so two awards touching the same rows cannot deadlock.
 * A missing row is inserted; if another transaction inserted it first, the unique key fails this
 * transaction and {@link AwardService} runs the award again (it then finds the row).
 */
@Component
class PointTotals {

    private final JdbcTemplate jdbc;

    PointTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void addToStudents(long schoolId, long termId, SortedMap<Long, Integer> deltas) {
        deltas.forEach((studentId, delta) -> {
            int changed = jdbc.update("update eval_student_total set points = points + ? where term_id = ? and student_id = ?",
                    delta, termId, studentId);
            if (changed == 0) {
                jdbc.update("insert into eval_student_total (term_id, student_id, school_id, points) values (?, ?, ?, ?)",
                        termId, studentId, schoolId, delta);
            }
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void addToGroups(long schoolId, long termId, SortedMap<Long, Integer> deltas) {
        deltas.forEach((groupId, delta) -> {
            int changed = jdbc.update("update eval_group_total set points = points + ? where term_id = ? and group_id = ?",
                    delta, termId, groupId);
            if (changed == 0) {
                jdbc.update("insert into eval_group_total (term_id, group_id, school_id, points) values (?, ?, ?, ?)",
                        termId, groupId, schoolId, delta);
            }
        });
    }

    Map<Long, Integer> groupTotals(long termId, Collection<Long> groupIds) {
        return read("select group_id, points from eval_group_total where term_id = ? and group_id in (%s) order by group_id",
                termId, groupIds);
    }

    Map<Long, Integer> studentTotals(long termId, Collection<Long> studentIds) {
        return read("select student_id, points from eval_student_total where term_id = ? and student_id in (%s) order by student_id",
                termId, studentIds);
    }

    private Map<Long, Integer> read(String sql, long termId, Collection<Long> ids) {
        Map<Long, Integer> totals = new HashMap<>();
        if (ids.isEmpty()) {
            return totals;
        }
        List<Long> list = List.copyOf(ids);
        String marks = String.join(",", java.util.Collections.nCopies(list.size(), "?"));
        Object[] args = new Object[list.size() + 1];
        args[0] = termId;
        for (int i = 0; i < list.size(); i++) {
            args[i + 1] = list.get(i);
        }
        jdbc.query(sql.formatted(marks), rs -> {
            totals.put(rs.getLong(1), rs.getInt(2));
        }, args);
        return totals;
    }
}
