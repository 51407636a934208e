package cn.hezuo.group;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Member numbers (1号…n号 inside a group, "每组3号回答") drawn at random. They used to follow strength, so a
 * number told a student — and the whole class, when 每组N号 was called — their tier. Now nothing about scores goes
 * in: the group's student ids in ascending order are shuffled with a seed kept on the plan, so a plan's numbers
 * can be drawn again identically and are never re-drawn behind the teacher's back.
 */
final class MemberNumbers {

    private MemberNumbers() {
    }

    /** Student id → member number (1..n), a uniformly random permutation fixed by (seed, group number). */
    static Map<Long, Integer> draw(Collection<Long> studentIds, long seed, int groupNumber) {
        List<Long> ids = new ArrayList<>(studentIds);
        Collections.sort(ids);
        Collections.shuffle(ids, new Random(seed ^ (0x9E3779B97F4A7C15L * groupNumber)));
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            numbers.put(ids.get(i), i + 1);
        }
        return numbers;
    }

    /**
     * Checks a teacher's hand numbering of one group: every member exactly once, numbers 1..n, each used once.
     * Returns the message key of the first problem, or null when the numbering is valid.
     */
    static String problem(Collection<Long> memberIds, Map<Long, Integer> numbers) {
        if (!numbers.keySet().containsAll(memberIds) || !memberIds.containsAll(numbers.keySet())) {
            return "group.renumber.error.members";
        }
        int n = memberIds.size();
        if (numbers.values().stream().anyMatch(v -> v == null || v < 1 || v > n)) {
            return "group.renumber.error.range";
        }
        if (numbers.values().stream().distinct().count() != n) {
            return "group.renumber.error.duplicate";
        }
        return null;
    }
}
