package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.Student;
import cn.hezuo.grouping.TierTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link CountRule}s: one per balanced attribute, the tier quotas, leader coverage and
 * top-third coverage, plus each student's joint class over all of them.
 *
 * <p>Balanced attribute: group g may hold between floor and ceil of {@code n_g · N_c / N} students
 * of category c (exactly {@code score.py}'s strict definition). Leader coverage: leaders are spread
 * by the same rule, and each group gets at least one when there are at least as many leader
 * candidates as groups. Top third of a feature: the ⌈N/3⌉ highest raw values (ties by roster
 * order), spread the same way with at least one per group when possible.
 */
final class RuleBuilder {

    private final List<CountRule> rules = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final List<String> reportAttributes = new ArrayList<>();
    private final List<String[]> reportValues = new ArrayList<>();
    private final boolean[] leader;
    private TierPlan tierPlan;
    private int[] classOf;
    private int classCount;

    RuleBuilder(GroupingProblem problem, Features features, int[] sizes, String[] ids) {
        GroupingOptions options = problem.options();
        List<Student> students = problem.students();
        int n = students.size();
        leader = new boolean[n];
        for (int i = 0; i < n; i++) {
            leader[i] = students.get(i).leaderCandidate();
        }
        for (String attribute : options.balance()) {
            String[] values = new String[n];
            for (int i = 0; i < n; i++) {
                values[i] = students.get(i).category(attribute);
            }
            balance("balance:" + attribute, values, sizes);
            reportAttributes.add(attribute);
            reportValues.add(values);
        }
        if (options.tierTemplate() != null) {
            tiers(options.tierTemplate(), problem, features, sizes, ids);
        }
        if (options.leaderCoverage()) {
            int[] cat = new int[n];
            for (int i = 0; i < n; i++) {
                cat[i] = leader[i] ? 0 : -1;
            }
            coverage("leaders", CountRule.Kind.LEADER, "leader", cat, sizes);
        }
        if (options.topThirdPerFeature()) {
            for (int q = 0; q < features.d(); q++) {
                int c = features.objective()[q];
                int[] cat = topThird(features.raw(), n, features.f(), c);
                coverage("topThird:" + problem.featureNames().get(c), CountRule.Kind.TOP_THIRD, "top third", cat, sizes);
            }
        }
        joinClasses(n);
    }

    private void balance(String key, String[] values, int[] sizes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[] cat = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            cat[i] = index.computeIfAbsent(values[i], v -> index.size());
        }
        int[] totals = new int[index.size()];
        for (int c : cat) {
            totals[c]++;
        }
        int[][] b = CountRule.proportionalBounds(sizes, totals, values.length);
        rules.add(new CountRule(key, CountRule.Kind.BALANCE, index.keySet().toArray(String[]::new), cat, b[0], b[1]));
    }

    private void tiers(TierTemplate template, GroupingProblem problem, Features features, int[] sizes, String[] ids) {
        int n = ids.length;
        double[] score = null;
        String[] values = null;
        switch (template.source()) {
            case CATEGORY -> {
                values = new String[n];
                for (int i = 0; i < n; i++) {
                    values[i] = problem.students().get(i).category(template.column());
                }
            }
            case SCORE -> {
                int c = problem.featureNames().indexOf(template.column());
                if (c < 0) {
                    throw Messages.error("grouping.input.unknownFeature", template.column());
                }
                score = new double[n];
                for (int i = 0; i < n; i++) {
                    score[i] = features.raw()[i * features.f() + c];
                }
            }
            case TOTAL -> {
                score = new double[n];
                for (int i = 0; i < n; i++) {
                    for (int c : features.objective()) {
                        score[i] += features.raw()[i * features.f() + c];
                    }
                }
            }
            default -> throw new IllegalStateException();
        }
        tierPlan = TierPlanner.plan(template, sizes, score, values, ids);
        notices.addAll(tierPlan.notices());
        int t = tierPlan.names().length;
        int[] lo = new int[sizes.length * t];
        for (int g = 0; g < sizes.length; g++) {
            System.arraycopy(tierPlan.quota()[g], 0, lo, g * t, t);
        }
        rules.add(new CountRule("tiers", CountRule.Kind.TIER, tierPlan.names(), tierPlan.tierOf(), lo, lo.clone()));
        String[] shown = new String[n];
        for (int i = 0; i < n; i++) {
            shown[i] = tierPlan.names()[tierPlan.tierOf()[i]];
        }
        reportAttributes.add(template.source() == TierTemplate.Source.CATEGORY ? template.column() : "tier");
        reportValues.add(shown);
    }

    /** Spread the marked students proportionally, at least one per group when there are enough. */
    private void coverage(String key, CountRule.Kind kind, String label, int[] cat, int[] sizes) {
        int n = cat.length;
        int count = (int) Arrays.stream(cat).filter(c -> c == 0).count();
        int k = sizes.length;
        int[][] b = CountRule.proportionalBounds(sizes, new int[] {count}, n);
        if (count >= k) {
            for (int g = 0; g < k; g++) {
                b[0][g] = Math.max(b[0][g], 1);
                b[1][g] = Math.max(b[1][g], b[0][g]);
            }
        } else if (kind == CountRule.Kind.LEADER) {
            notices.add(Messages.notice("grouping.warning.fewLeaders", count, k, k - count));
        } else {
            notices.add(Messages.notice("grouping.warning.topThirdShort", key.substring(key.indexOf(':') + 1), count, k));
        }
        rules.add(new CountRule(key, kind, new String[] {label}, cat, b[0], b[1]));
    }

    /** 0 for the ⌈N/3⌉ students with the highest value of column c, -1 for the rest. */
    private static int[] topThird(double[] raw, int n, int f, int c) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(raw[b * f + c], raw[a * f + c]));
        int[] cat = new int[n];
        Arrays.fill(cat, -1);
        int top = (n + 2) / 3;
        for (int r = 0; r < top; r++) {
            cat[order[r]] = 0;
        }
        return cat;
    }

    /** Joint class: students with equal categories under every rule get the same class id. */
    private void joinClasses(int n) {
        classOf = new int[n];
        Map<List<Integer>, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<Integer> key = new ArrayList<>(rules.size());
            for (CountRule r : rules) {
                key.add(r.categoryOf(i));
            }
            classOf[i] = ids.computeIfAbsent(key, x -> ids.size());
        }
        classCount = ids.size();
    }

    CountRule[] rules() { return rules.toArray(CountRule[]::new); }

    List<Notice> notices() { return notices; }

    boolean[] leader() { return leader; }

    TierPlan tierPlan() { return tierPlan; }

    int[] classOf() { return classOf; }

    int classCount() { return classCount; }

    String[] reportAttributes() { return reportAttributes.toArray(String[]::new); }

    String[][] reportValues() { return reportValues.toArray(String[][]::new); }
}
