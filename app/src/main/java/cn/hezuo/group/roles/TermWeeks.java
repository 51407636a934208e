package cn.hezuo.group.roles;

import cn.hezuo.school.Term;
import cn.hezuo.school.TermRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Which term week a date is in: the term containing it, else the latest term begun before it (week ≥ 1). */
@Component
public class TermWeeks {

    private final TermRepository terms;
    private final Clock clock;

    TermWeeks(TermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    public int weekOf(long schoolId, LocalDate date) {
        List<Term> list = terms.findBySchoolIdOrderByStartDateDesc(schoolId);
        Term term = list.stream().filter(t -> t.contains(date)).findFirst()
                .or(() -> list.stream().filter(t -> !t.getStartDate().isAfter(date)).findFirst())
                .orElse(null);
        return term == null ? 1 : Math.max(1, term.weekNumber(date));
    }

    public int currentWeek(long schoolId) {
        return weekOf(schoolId, LocalDate.now(clock));
    }

    /** The week a page shows: the one asked for (see {@link #clamp}), else the current one. */
    public int shown(long schoolId, Integer requested) {
        return requested == null ? currentWeek(schoolId) : clamp(requested);
    }

    /** A week asked for in a URL, kept within 1..60. */
    public static int clamp(int week) {
        return Math.max(1, Math.min(60, week));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
