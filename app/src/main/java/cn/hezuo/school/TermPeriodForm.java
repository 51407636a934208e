package cn.hezuo.school;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A holiday or exam week as the admin types it on the terms page. */
record TermPeriodForm(TermPeriodKind kind, String name, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

    static TermPeriodForm empty() {
        return new TermPeriodForm(TermPeriodKind.HOLIDAY, "", null, null);
    }

    TermPeriodForm {
        kind = kind == null ? TermPeriodKind.HOLIDAY : kind;
    }
}
