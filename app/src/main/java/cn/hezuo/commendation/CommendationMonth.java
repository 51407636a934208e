package cn.hezuo.commendation;

import java.time.LocalDate;
import java.time.YearMonth;

/** Which month the commendation page opens on. */
final class CommendationMonth {

    /** In a month's last five days: that month (it is being wrapped up); otherwise the month before. */
    static final int CLOSING_DAYS = 5;

    private CommendationMonth() {
    }

    static YearMonth defaultFor(LocalDate today) {
        return today.getDayOfMonth() > today.lengthOfMonth() - CLOSING_DAYS
                ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
    }
}
