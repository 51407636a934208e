package cn.hezuo.research.calendar;

import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.List;
import org.springframework.stereotype.Component;

/** The term a research page is about: the one asked for, else the one today counts toward (SchoolCalendar's rule). */
@Component
public class ResearchTerms {

    private final SchoolCalendar calendar;

    ResearchTerms(SchoolCalendar calendar) {
        this.calendar = calendar;
    }

    public SchoolTerm term(long schoolId, Long termId) {
        if (termId == null) {
            return calendar.termCountingToward(schoolId, calendar.today())
                    .orElseThrow(() -> new RuleViolationException("research.error.noTerm"));
        }
        return calendar.terms(schoolId).stream().filter(t -> t.id().equals(termId)).findFirst()
                .orElseThrow(() -> new NotFoundException("term", termId));
    }

    /** The term a date counts toward (the one containing it, else the latest begun before it). */
    public java.util.Optional<SchoolTerm> forDate(long schoolId, java.time.LocalDate date) {
        return calendar.termCountingToward(schoolId, date);
    }

    /** The term's holidays and exam weeks, which the calendar prints among the activities. */
    public List<cn.hezuo.school.CalendarPeriod> periods(long schoolId, SchoolTerm term) {
        return calendar.periods(schoolId, term.id());
    }

    /** Weeks without a weekly routine (holiday weeks, exam weeks): generated 集体备课 and lessons skip them. */
    public java.util.Set<Integer> weeksWithoutRoutine(long schoolId, SchoolTerm term) {
        return calendar.weeksWithoutRoutine(schoolId, term);
    }

    public List<SchoolTerm> all(long schoolId) {
        return calendar.terms(schoolId);
    }

    public java.time.LocalDate today() {
        return calendar.today();
    }
}
