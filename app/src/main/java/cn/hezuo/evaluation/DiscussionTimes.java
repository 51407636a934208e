package cn.hezuo.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public query: how long a class discussed in groups, timed on the board (讨论计时), for observation and research
 * reports. Only ended runs count; a run still going (or never stopped) has no minutes yet.
 */
@Service
public class DiscussionTimes {

    private final EvalDiscussionRepository discussions;

    DiscussionTimes(EvalDiscussionRepository discussions) {
        this.discussions = discussions;
    }

    /** One timed discussion: the lesson's date, minutes it ran (to 0.1), when it started and ended. */
    public record DiscussionTime(long classId, LocalDate date, double minutes, Instant startedAt, Instant endedAt,
                                 String kind) {
    }

    /** The class's ended discussion runs between two dates (inclusive), oldest first. */
    @Transactional(readOnly = true)
    public List<DiscussionTime> ofClass(long classId, LocalDate from, LocalDate to) {
        return discussions.findByClassIdAndLessonDateBetweenOrderByStartedAtAscIdAsc(classId, from, to).stream()
                .filter(d -> d.getSeconds() != null)
                .map(d -> new DiscussionTime(classId, d.getLessonDate(), Math.round(d.getSeconds() / 6.0) / 10.0,
                        d.getStartedAt(), d.getEndedAt(), d.getKind().name()))
                .toList();
    }

    /** Total minutes of group discussion the class timed on one day. */
    public double minutesOn(long classId, LocalDate date) {
        return ofClass(classId, date, date).stream().mapToDouble(DiscussionTime::minutes).sum();
    }
}
