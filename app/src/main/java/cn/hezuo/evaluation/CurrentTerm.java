package cn.hezuo.evaluation;

import cn.hezuo.school.Term;
import cn.hezuo.school.TermRepository;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The term points count toward: the one containing today (school time zone), or during a holiday the
 * latest term that has started, so a holiday club or a late entry still lands in a term and a week.
 */
@Component
class CurrentTerm {

    private final TermRepository terms;
    private final Clock clock;

    CurrentTerm(TermRepository terms, Clock clock) {
        this.terms = terms;
        this.clock = clock;
    }

    Term require(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        var list = terms.findBySchoolIdOrderByStartDateDesc(schoolId);
        return list.stream().filter(t -> t.contains(today)).findFirst()
                .or(() -> list.stream().filter(t -> !t.getStartDate().isAfter(today)).findFirst())
                .orElseThrow(() -> new RuleViolationException("evaluation.error.noTerm"));
    }

    int week(Term term) {
        return term.weekNumber(LocalDate.now(clock));
    }
}
