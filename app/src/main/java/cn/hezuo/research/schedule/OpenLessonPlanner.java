package cn.hezuo.research.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The open-lesson schedule (e.g. "青年教师每半个月两人开设研究课"): {@code perSlot} teachers every {@code cadence} weeks from
 * {@code firstWeek} to {@code lastWeek}, never in a blocked week (exam weeks, holidays). Rules, one method each:
 * <ol>
 *   <li>slot weeks fall every {@code cadence} weeks; a blocked target week moves to the next free week;</li>
 *   <li>teachers take turns: every teacher gives a lesson before anyone gives a second, so counts differ by at most one;</li>
 *   <li>no teacher gives two lessons in one week.</li>
 * </ol>
 * O(weeks + slots × perSlot).
 */
final class OpenLessonPlanner {

    private OpenLessonPlanner() {
    }

    /** Week → teachers giving a lesson that week, in week order. */
    static Map<Integer, List<Long>> plan(List<Long> eligible, int perSlot, int cadence, int firstWeek, int lastWeek,
                                         Collection<Integer> blocked) {
        Map<Integer, List<Long>> plan = new LinkedHashMap<>();
        if (eligible.isEmpty() || perSlot <= 0 || cadence <= 0) {
            return plan;
        }
        int teachersPerWeek = Math.min(perSlot, eligible.size());
        int turn = 0;
        for (int week : slotWeeks(cadence, firstWeek, lastWeek, Set.copyOf(blocked))) {
            List<Long> thisWeek = new ArrayList<>();
            // Take the next teachers in turn; the turn wraps, so everyone goes once before anyone goes twice.
            while (thisWeek.size() < teachersPerWeek) {
                thisWeek.add(eligible.get(turn % eligible.size()));
                turn++;
            }
            plan.put(week, thisWeek);
        }
        return plan;
    }

    /** Every cadence-th week from the first; a blocked week's slot moves to the next free week not yet used. */
    static List<Integer> slotWeeks(int cadence, int firstWeek, int lastWeek, Set<Integer> blocked) {
        TreeSet<Integer> used = new TreeSet<>();
        for (int target = firstWeek; target <= lastWeek; target += cadence) {
            int week = target;
            while (week <= lastWeek && (blocked.contains(week) || used.contains(week))) {
                week++;
            }
            if (week <= lastWeek) {
                used.add(week);
            }
        }
        return List.copyOf(used);
    }
}
