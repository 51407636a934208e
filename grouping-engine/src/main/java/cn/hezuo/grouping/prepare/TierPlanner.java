package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.QuotaMix;
import cn.hezuo.grouping.TierTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link TierTemplate} into tiers and per-group quotas (see the template's Javadoc for the
 * rules). O(N log N) for ranking plus O(K·T) for quotas; the closest-fit repair for category tiers
 * moves one unit per step and needs at most N steps.
 */
public final class TierPlanner {

    private TierPlanner() {
    }

    /**
     * @param score per student the score to rank by (only for score-based templates, else null)
     * @param categoryValues per student the tier category value (only for category templates)
     * @param ids student ids, for messages
     */
    public static TierPlan plan(TierTemplate template, int[] sizes, double[] score, String[] categoryValues,
                                String[] ids) {
        int t = template.perGroup().size();
        int[] pattern = template.perGroup().stream().mapToInt(Integer::intValue).toArray();
        int patternSum = Arrays.stream(pattern).sum();
        if (t < 2 || patternSum <= 0 || Arrays.stream(pattern).anyMatch(v -> v < 0)) {
            throw Messages.error("grouping.infeasible.tierTemplate", template.pattern(),
                    "it needs at least two tiers and positive counts");
        }
        double[][] target = targets(sizes, pattern);
        int[][] quota = roundTargets(sizes, target);
        int n = Arrays.stream(sizes).sum();
        int[] tierOf = new int[n];
        String[] names;
        if (template.source() == TierTemplate.Source.CATEGORY) {
            names = template.tiers().toArray(String[]::new);
            if (names.length != t) {
                throw Messages.error("grouping.infeasible.tierTemplate", template.pattern(),
                        "it has " + t + " parts but " + names.length + " tiers were named " + template.tiers());
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int q = 0; q < t; q++) {
                index.put(names[q], q);
            }
            int[] totals = new int[t];
            for (int i = 0; i < n; i++) {
                Integer q = index.get(categoryValues[i]);
                if (q == null) {
                    throw Messages.error("grouping.infeasible.tierUnknown", ids[i], categoryValues[i], template.tiers());
                }
                tierOf[i] = q;
                totals[q]++;
            }
            fitColumnTotals(quota, target, totals);
        } else {
            names = new String[t];
            for (int q = 0; q < t; q++) {
                names[q] = String.valueOf(q + 1);
            }
            int[] totals = new int[t];
            for (int[] row : quota) {
                for (int q = 0; q < t; q++) {
                    totals[q] += row[q];
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a])); // stable: ties keep roster order
            int pos = 0;
            for (int q = 0; q < t; q++) {
                for (int c = 0; c < totals[q]; c++) {
                    tierOf[order[pos++]] = q;
                }
            }
        }
        List<Notice> notices = new ArrayList<>();
        QuotaMix adjusted = describeIfAdjusted(quota, pattern);
        if (adjusted != null) {
            notices.add(Messages.notice("grouping.warning.tierTemplateAdjusted", template.pattern(), adjusted));
        }
        return new TierPlan(tierOf, names, quota, notices);
    }

    /** Ideal (fractional) quota: the template scaled to each group's size. */
    static double[][] targets(int[] sizes, int[] pattern) {
        int sum = Arrays.stream(pattern).sum();
        double[][] target = new double[sizes.length][pattern.length];
        for (int g = 0; g < sizes.length; g++) {
            for (int q = 0; q < pattern.length; q++) {
                target[g][q] = (double) sizes[g] * pattern[q] / sum;
            }
        }
        return target;
    }

    /**
     * Rounds each group's targets to integers with the right row sum. Leftover units go to the tier
     * whose running total (over the groups so far) lags its ideal most, so tier totals stay
     * proportional and the rounding is spread over the tiers.
     */
    static int[][] roundTargets(int[] sizes, double[][] target) {
        int k = sizes.length;
        int t = target[0].length;
        int[][] quota = new int[k][t];
        double[] lag = new double[t];
        for (int g = 0; g < k; g++) {
            int assigned = 0;
            for (int q = 0; q < t; q++) {
                quota[g][q] = (int) Math.floor(target[g][q] + 1e-9);
                assigned += quota[g][q];
                lag[q] += target[g][q] - quota[g][q];
            }
            for (int r = assigned; r < sizes[g]; r++) {
                int best = 0;
                for (int q = 1; q < t; q++) {
                    if (lag[q] > lag[best] + 1e-9) {
                        best = q;
                    }
                }
                quota[g][best]++;
                lag[best] -= 1;
            }
        }
        return quota;
    }

    /**
     * Moves units between tiers inside groups until every tier's total equals the number of students
     * in it, each time in the group where the move departs least from the ideal quota.
     */
    static void fitColumnTotals(int[][] quota, double[][] target, int[] totals) {
        int t = totals.length;
        while (true) {
            int[] have = new int[t];
            for (int[] row : quota) {
                for (int q = 0; q < t; q++) {
                    have[q] += row[q];
                }
            }
            int over = -1;
            int under = -1;
            for (int q = 0; q < t; q++) {
                if (have[q] > totals[q] && over < 0) {
                    over = q;
                }
                if (have[q] < totals[q] && under < 0) {
                    under = q;
                }
            }
            if (over < 0 || under < 0) {
                return;
            }
            int bestG = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < quota.length; g++) {
                if (quota[g][over] == 0) {
                    continue;
                }
                double s = (quota[g][over] - target[g][over]) - (quota[g][under] - target[g][under]);
                if (s > bestScore + 1e-12) {
                    bestScore = s;
                    bestG = g;
                }
            }
            quota[bestG][over]--;
            quota[bestG][under]++;
        }
    }

    /** The quotas that differ from the template with their group counts ("2:2:1 in 2 groups") of the quotas that differ from the template, or null. */
    static QuotaMix describeIfAdjusted(int[][] quota, int[] pattern) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        boolean differs = false;
        for (int[] row : quota) {
            if (!Arrays.equals(row, pattern)) {
                differs = true;
                StringBuilder sb = new StringBuilder();
                for (int q = 0; q < row.length; q++) {
                    sb.append(q == 0 ? "" : ":").append(row[q]);
                }
                counts.merge(sb.toString(), 1, Integer::sum);
            }
        }
        if (!differs) {
            return null;
        }
        List<QuotaMix.Part> parts = new ArrayList<>();
        counts.forEach((p, c) -> parts.add(new QuotaMix.Part(p, c)));
        return new QuotaMix(parts);
    }
}
