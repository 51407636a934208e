package cn.hezuo.research.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of scores. A sheet's weighted total is on a 100-point scale:
 * {@code 100 · Σ wᵢ·(sᵢ / maxᵢ) / Σ wᵢ}; when every weight equals its item's maximum and the maxima add up to 100 (a
 * usual 课堂教学评价表), that is simply the sum of the scores. Spread is the sample standard deviation ({@code n − 1}),
 * undefined ({@code NaN}) for fewer than two scorers.
 */
final class Scores {

    private Scores() {
    }

    static double total(Rubric rubric, Map<Long, BigDecimal> scores) {
        double sum = 0;
        double weights = 0;
        for (RubricItem item : rubric.getItems()) {
            BigDecimal s = scores.get(item.getId());
            double w = item.getWeight().doubleValue();
            weights += w;
            if (s != null) {
                sum += w * s.doubleValue() / item.getMaxScore().doubleValue();
            }
        }
        return weights == 0 ? 0 : round1(100 * sum / weights);
    }

    static double mean(List<Double> xs) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s / xs.size();
    }

    static double sd(List<Double> xs) {
        if (xs.size() < 2) {
            return Double.NaN;
        }
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Math.sqrt(ss / (xs.size() - 1));
    }

    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }
}
