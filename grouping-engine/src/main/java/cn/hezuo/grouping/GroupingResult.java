package cn.hezuo.grouping;

import java.util.List;
import java.util.Map;

/**
 * The grouping and everything needed to judge it.
 *
 * @param groupOf     0-based group index of each student, in the order of
 *                    {@link GroupingProblem#students()}
 * @param groups      the groups in index order
 * @param objectives  objective values (see {@link ObjectiveValues})
 * @param balance     balance report
 * @param checks      every hard rule, checked on this grouping
 * @param notices     warnings (adjusted templates, too few leaders, time limit reached, …)
 * @param stats       search statistics
 */
public record GroupingResult(int[] groupOf, List<GroupSummary> groups, ObjectiveValues objectives,
                             BalanceReport balance, List<ConstraintCheck> checks, List<Notice> notices,
                             SearchStats stats) {

    public GroupingResult {
        groupOf = groupOf.clone();
        groups = List.copyOf(groups);
        checks = List.copyOf(checks);
        notices = List.copyOf(notices);
    }

    @Override
    public int[] groupOf() {
        return groupOf.clone();
    }

    /** Student id → 0-based group index, listed group by group. */
    public Map<String, Integer> assignment() {
        Map<String, Integer> m = new java.util.LinkedHashMap<>();
        for (GroupSummary g : groups) {
            for (String id : g.memberIds()) {
                m.put(id, g.index());
            }
        }
        return m;
    }

    /** True when every hard rule holds. */
    public boolean allConstraintsSatisfied() {
        return checks.stream().allMatch(ConstraintCheck::satisfied);
    }
}
