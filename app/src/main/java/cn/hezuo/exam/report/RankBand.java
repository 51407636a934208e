package cn.hezuo.exam.report;

/**
 * How a student's own page shows standing: a band of the grade, never an exact rank (policy: no published rankings
 * or labels for students). Taken from the mid-rank percentile rank within everyone present.
 */
enum RankBand {
    TOP_10(90), TOP_25(75), TOP_50(50), LOWER_50(0);

    private final double minPercentile;

    RankBand(double minPercentile) {
        this.minPercentile = minPercentile;
    }

    public static RankBand of(double percentileRank) {
        for (RankBand band : values()) {
            if (percentileRank >= band.minPercentile) {
                return band;
            }
        }
        return LOWER_50;
    }

    public String messageKey() {
        return "examreport.band." + name();
    }
}
