package cn.hezuo.group.roles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Default 学科组长 of one group: for each subject the strongest member by prior score, but no member leads more than
 * ⌈subjects / members⌉ subjects, so one strong student is not leader of everything. Pure and deterministic.
 *
 * <p>Greedy over (member, subject) pairs from the largest lead over the group's mean in that subject downwards:
 * a pair is taken when its subject is free and its member is under the cap. Ties go to the lower member number.
 * Subjects nobody has a score in stay unassigned. O(m·s·log(m·s)).
 */
final class SubjectLeaderChoice {

    private SubjectLeaderChoice() {
    }

    /**
     * @param members member ids in member-number order
     * @param subjects subject ids in display order
     * @param score score of (member, subject) or NaN when missing
     * @param fixed subjects whose leader is already decided (confirmed nominations): they count towards the cap
     * @return leader per subject, in subject order
     */
    public static Map<Long, Long> choose(List<Long> members, List<Long> subjects, Score score, Map<Long, Long> fixed) {
        Map<Long, Long> leaders = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return leaders;
        }
        int cap = (subjects.size() + members.size() - 1) / members.size();
        Map<Long, Integer> load = new HashMap<>();
        fixed.forEach((subject, member) -> load.merge(member, 1, Integer::sum));
        record Pair(int memberIndex, long subject, double lead) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (long subject : subjects) {
            if (fixed.containsKey(subject)) {
                continue;
            }
            double mean = members.stream().mapToDouble(m -> score.of(m, subject)).filter(v -> !Double.isNaN(v))
                    .average().orElse(Double.NaN);
            for (int i = 0; i < members.size(); i++) {
                double value = score.of(members.get(i), subject);
                if (!Double.isNaN(value)) {
                    pairs.add(new Pair(i, subject, value - mean));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::lead).reversed().thenComparingInt(Pair::memberIndex));
        Map<Long, Long> chosen = new HashMap<>(fixed);
        for (Pair pair : pairs) {
            long member = members.get(pair.memberIndex());
            if (!chosen.containsKey(pair.subject()) && load.getOrDefault(member, 0) < cap) {
                chosen.put(pair.subject(), member);
                load.merge(member, 1, Integer::sum);
            }
        }
        for (long subject : subjects) {
            if (chosen.containsKey(subject)) {
                leaders.put(subject, chosen.get(subject));
            }
        }
        return leaders;
    }

    /** A member's prior score in a subject, NaN when there is none. */
    @FunctionalInterface
    public interface Score {
        double of(long memberId, long subjectId);
    }
}
