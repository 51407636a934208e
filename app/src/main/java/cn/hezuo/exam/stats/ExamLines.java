package cn.hezuo.exam.stats;

/**
 * Full marks and the pass / excellent / low lines of one exam, as fractions of full marks.
 *
 * <p>Pass and excellent are {@code T ≥ line}; low is the strict {@code T < line}. Because {@code 0.6·F} is computed
 * in floating point (and can come out as 72.00000000000001), a total within {@value #TOLERANCE}·F of a line counts as
 * exactly on it, so a total of exactly 72 passes whatever the rounding of the product.
 */
public record ExamLines(double fullMarks, double passRatio, double excellentRatio, double lowRatio) {

    public static final double DEFAULT_PASS = 0.60;
    public static final double DEFAULT_EXCELLENT = 0.85;
    public static final double DEFAULT_LOW = 0.40;
    /** Fraction of full marks below which two totals are the same for line and band comparisons. */
    public static final double TOLERANCE = 1e-9;
    public static final int BANDS = 10;

    public ExamLines {
        if (!(fullMarks > 0) || Double.isInfinite(fullMarks)) {
            throw new IllegalArgumentException("full marks must be positive: " + fullMarks);
        }
        for (double ratio : new double[] {passRatio, excellentRatio, lowRatio}) {
            if (!(ratio >= 0 && ratio <= 1)) {
                throw new IllegalArgumentException("a line ratio must lie in [0, 1]: " + ratio);
            }
        }
    }

    /** The default lines: pass 60 %, excellent 85 %, low 40 % of full marks. */
    public static ExamLines of(double fullMarks) {
        return new ExamLines(fullMarks, DEFAULT_PASS, DEFAULT_EXCELLENT, DEFAULT_LOW);
    }

    public double passLine() {
        return passRatio * fullMarks;
    }

    public double excellentLine() {
        return excellentRatio * fullMarks;
    }

    public double lowLine() {
        return lowRatio * fullMarks;
    }

    public boolean passes(double total) {
        return atLeast(total, passLine());
    }

    public boolean excellent(double total) {
        return atLeast(total, excellentLine());
    }

    /** Strictly below the low line: a total exactly on it is not low. */
    public boolean low(double total) {
        return !atLeast(total, lowLine());
    }

    /** {@code total ≥ line}, treating a total within the tolerance of the line as on it. */
    boolean atLeast(double total, double line) {
        return total >= line - TOLERANCE * fullMarks;
    }

    /** Score band 0..9, each 10 % of full marks wide; the last band is closed, so full marks fall in band 9. */
    public int band(double total) {
        int band = (int) Math.floor(BANDS * total / fullMarks + TOLERANCE);
        return Math.max(0, Math.min(band, BANDS - 1));
    }

    /** The display label of a band, e.g. {@code [0,12)} … {@code [108,120]} for 120 full marks. */
    public String bandLabel(int band) {
        double width = fullMarks / BANDS;
        String close = band == BANDS - 1 ? "]" : ")";
        return "[" + plain(band * width) + "," + plain((band + 1) * width) + close;
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }
}
