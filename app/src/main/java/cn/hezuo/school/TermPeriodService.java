package cn.hezuo.school;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin enters a term's holidays and exam weeks. A period lies inside its term and does not overlap another of
 * the same kind (an exam week may fall in a holiday's shadow — e.g. 期末考试 right before 寒假 — but two holidays on the
 * same day would make the calendar say it twice).
 */
@Service
public class TermPeriodService {

    static final int NAME_LENGTH = 40;

    private final TermRepository terms;
    private final TermPeriodRepository periods;
    private final AuditTrail audit;

    TermPeriodService(TermRepository terms, TermPeriodRepository periods, AuditTrail audit) {
        this.terms = terms;
        this.periods = periods;
        this.audit = audit;
    }

    @Transactional
    public CalendarPeriod add(long schoolId, long termId, TermPeriodKind kind, String name, LocalDate start,
                              LocalDate end) {
        Term term = terms.findByIdAndSchoolId(termId, schoolId).orElseThrow(() -> new NotFoundException("term", termId));
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
            throw new RuleViolationException("term.period.error.name", NAME_LENGTH);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new RuleViolationException("term.error.order");
        }
        if (start.isBefore(term.getStartDate()) || end.isAfter(term.getEndDate())) {
            throw new RuleViolationException("term.period.error.outside", term.getName(), term.getStartDate(),
                    term.getEndDate());
        }
        periods.findByTermIdOrderByStartDate(termId).stream()
                .map(TermPeriod::toRecord)
                .filter(p -> p.kind() == kind && !p.startDate().isAfter(end) && !p.endDate().isBefore(start))
                .findFirst().ifPresent(p -> {
                    throw new RuleViolationException("term.period.error.overlap", p.name(), p.startDate(), p.endDate());
                });
        TermPeriod saved = periods.save(new TermPeriod(schoolId, termId, kind, trimmed, start, end));
        audit.record("CREATE", "TermPeriod", saved.getId(),
                AuditText.of("audit.msg.termPeriod", term.getName(), trimmed, start, end));
        return saved.toRecord();
    }

    @Transactional
    public void remove(long schoolId, long termId, long periodId) {
        TermPeriod period = periods.findByIdAndSchoolId(periodId, schoolId)
                .filter(p -> p.getTermId() == termId).orElseThrow(() -> new NotFoundException("termPeriod", periodId));
        periods.delete(period);
        audit.record("DELETE", "TermPeriod", periodId, AuditText.of("audit.msg.termPeriod.removed", period.getName(),
                period.getStartDate(), period.getEndDate()));
    }
}
