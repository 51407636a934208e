package cn.hezuo.exam.report;

import cn.hezuo.exam.results.PackedScores;
import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Number formatting for the report pages ({@code ${@examFormat.pct(rate)}}): rounding for display only, and a dash
 * for the undefined values (NaN) the statistics core returns, e.g. the SD of one student.
 */
@Component("examFormat")
class ExamFormat {

    private final java.time.Clock clock;

    ExamFormat(java.time.Clock clock) {
        this.clock = clock;
    }

    /** The day of an instant in the school's time zone, e.g. "2026-11-20". */
    public String date(java.time.Instant instant) {
        return instant == null ? UNDEFINED : instant.atZone(clock.getZone()).toLocalDate().toString();
    }

    public static final String UNDEFINED = "—";

    /** Points as entered: "98", "97.5". */
    public String points(double value) {
        return Double.isNaN(value) ? UNDEFINED : PackedScores.format(Math.round(value * 10) / 10.0);
    }

    public String points(BigDecimal value) {
        return value == null ? UNDEFINED : value.stripTrailingZeros().toPlainString();
    }

    public String num(double value, int digits) {
        return Double.isNaN(value) || Double.isInfinite(value) ? UNDEFINED
                : String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    /** A rate in [0, 1] as a percentage with one decimal: "62.5%". */
    public String pct(double rate) {
        return Double.isNaN(rate) ? UNDEFINED : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** A difference with its sign: "+2.3", "-0.8". */
    public String signed(double value, int digits) {
        return Double.isNaN(value) ? UNDEFINED : String.format(Locale.ROOT, "%+." + digits + "f", value);
    }

    /** A p-value: "p < 0.001" style without the "p". */
    public String p(double p) {
        return Double.isNaN(p) ? UNDEFINED : p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
