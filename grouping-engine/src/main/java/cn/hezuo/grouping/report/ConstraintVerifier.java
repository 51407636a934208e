package cn.hezuo.grouping.report;

import cn.hezuo.grouping.ConstraintCheck;
import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-checks every hard rule on the final grouping from scratch, independently of the search's
 * incremental bookkeeping. One method per rule family, each opened by what it checks.
 */
final class ConstraintVerifier {

    private ConstraintVerifier() {
    }

    static List<ConstraintCheck> verify(Model m, int[] groupOf) {
        int[][] members = Members.of(groupOf, m.k());
        List<ConstraintCheck> out = new ArrayList<>();
        out.add(sizes(m, members));
        for (int r = 0; r < m.rules().length; r++) {
            out.add(counts(m, m.rules()[r], members));
        }
        if (hasApart(m)) {
            out.add(apart(m, groupOf));
        }
        if (m.units().length > 0) {
            out.add(together(m, groupOf));
        }
        if (!m.options().fixedGroups().isEmpty()) {
            out.add(fixed(m, groupOf));
        }
        return out;
    }

    /** Every group has its planned size and sizes differ by at most one. */
    private static ConstraintCheck sizes(Model m, int[][] members) {
        int[] plan = m.sizes();
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int g = 0; g < plan.length; g++) {
            if (members[g].length != plan[g]) {
                return new ConstraintCheck("sizes", false,
                        "group " + (g + 1) + " has " + members[g].length + " students instead of " + plan[g]);
            }
            max = Math.max(max, plan[g]);
            min = Math.min(min, plan[g]);
        }
        if (max - min > 1) {
            return new ConstraintCheck("sizes", false, "group sizes range from " + min + " to " + max);
        }
        String detail = m.k() + " groups of " + (max == min ? String.valueOf(max) : min + "–" + max)
                + (max == min ? "" : " (" + countOf(plan, max) + " groups have " + max + ")");
        return new ConstraintCheck("sizes", true, detail);
    }

    private static int countOf(int[] a, int v) {
        int c = 0;
        for (int x : a) {
            if (x == v) {
                c++;
            }
        }
        return c;
    }

    /** Every group's count of every category lies within the rule's bounds. */
    private static ConstraintCheck counts(Model m, CountRule rule, int[][] members) {
        int cats = rule.categoryCount();
        for (int g = 0; g < members.length; g++) {
            int[] cnt = new int[cats];
            for (int i : members[g]) {
                int c = rule.categoryOf(i);
                if (c >= 0) {
                    cnt[c]++;
                }
            }
            for (int c = 0; c < cats; c++) {
                if (cnt[c] < rule.lo(g, c) || cnt[c] > rule.hi(g, c)) {
                    return new ConstraintCheck(rule.key(), false, "group " + (g + 1) + " has " + cnt[c] + " \""
                            + rule.category(c) + "\", allowed " + range(rule.lo(g, c), rule.hi(g, c)));
                }
            }
        }
        return new ConstraintCheck(rule.key(), true, describe(rule, m.k()));
    }

    private static String describe(CountRule rule, int k) {
        return switch (rule.kind()) {
            case BALANCE -> "every category within [floor, ceil] of its proportional share in all " + k + " groups";
            case TIER -> "every group has exactly its tier quota";
            case LEADER -> rule.lo(0, 0) >= 1 ? "every group has at least one leader candidate"
                    : "leader candidates spread at most one per group (not enough for every group)";
            case TOP_THIRD -> rule.lo(0, 0) >= 1 ? "every group has a student from the top third"
                    : "top-third students spread evenly (not enough for every group)";
        };
    }

    /** No two keep-apart students share a group. */
    private static ConstraintCheck apart(Model m, int[] groupOf) {
        int pairs = 0;
        for (int i = 0; i < m.n(); i++) {
            for (int j : m.apart()[i]) {
                if (j > i) {
                    pairs++;
                    if (groupOf[i] == groupOf[j]) {
                        return new ConstraintCheck("keepApart", false,
                                m.id(i) + " and " + m.id(j) + " share group " + (groupOf[i] + 1));
                    }
                }
            }
        }
        return new ConstraintCheck("keepApart", true, pairs + " pairs kept apart");
    }

    private static boolean hasApart(Model m) {
        for (int[] a : m.apart()) {
            if (a.length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Each keep-together set sits in one group. */
    private static ConstraintCheck together(Model m, int[] groupOf) {
        for (int[] unit : m.units()) {
            for (int i : unit) {
                if (groupOf[i] != groupOf[unit[0]]) {
                    return new ConstraintCheck("keepTogether", false, m.id(unit[0]) + " and " + m.id(i) + " are split");
                }
            }
        }
        return new ConstraintCheck("keepTogether", true, m.units().length + " sets kept together");
    }

    /** Each fixed student is in the group they were placed in. */
    private static ConstraintCheck fixed(Model m, int[] groupOf) {
        int count = 0;
        for (int i = 0; i < m.n(); i++) {
            int f = m.fixedGroup()[i];
            if (f >= 0) {
                count++;
                if (groupOf[i] != f) {
                    return new ConstraintCheck("fixed", false, m.id(i) + " is in group " + (groupOf[i] + 1)
                            + " instead of " + (f + 1));
                }
            }
        }
        return new ConstraintCheck("fixed", true, count + " students in their fixed groups");
    }

    private static String range(int lo, int hi) {
        return lo == hi ? String.valueOf(lo) : lo + "–" + hi;
    }
}
