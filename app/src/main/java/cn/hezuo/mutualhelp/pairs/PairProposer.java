package cn.hezuo.mutualhelp.pairs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes 帮扶对子 inside each group: the strongest remaining member with the weakest remaining one they may be paired
 * with, until fewer than two are left (an odd member stays out). Pure: no database, no clock.
 *
 * <p>Per group of n members: a sort (n log n) and, for each strong member, a scan from the weak end (n), so O(n²) in
 * the worst case of many keep-apart pairs; groups have 4–8 members.
 */
final class PairProposer {

    /** A member as the proposer sees them; {@code score} is NaN when they have no total in the exam. */
    record Candidate(long studentId, String studentNo, long groupId, int groupNo, String gender, double score) {
    }

    /** A proposed pair: {@code strong} had the higher total (teacher-side only; never stored). */
    record Proposed(long groupId, int groupNo, long strong, long weak) {
    }

    /** Left out: no total in the exam, the odd one of a group, or no allowed partner. */
    record LeftOut(long studentId, int groupNo, Reason reason) {
    }

    enum Reason { NO_SCORE, ODD, NO_PARTNER }

    record Proposal(List<Proposed> pairs, List<LeftOut> leftOut) {
    }

    /** Whether two students may form a pair. */
    interface Allowed {
        boolean test(Candidate a, Candidate b);
    }

    private PairProposer() {
    }

    /** Keep-apart pairs never together; with {@code sameGender}, only a boy with a boy and a girl with a girl. */
    static Allowed rules(Set<Long> keepApartKeys, boolean sameGender) {
        return (a, b) -> a.studentId() != b.studentId()
                && !keepApartKeys.contains(key(a.studentId(), b.studentId()))
                && (!sameGender || (a.gender() != null && a.gender().equals(b.gender())));
    }

    /** One number for an unordered pair of ids (each below 2^31 in practice; collisions only beyond that). */
    static long key(long a, long b) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        return (high << 32) ^ low;
    }

    static Proposal propose(List<Candidate> members, Allowed allowed) {
        Map<Long, List<Candidate>> byGroup = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparingInt(Candidate::groupNo).thenComparing(Candidate::studentNo))
                .forEach(c -> byGroup.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c));
        List<Proposed> pairs = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (List<Candidate> group : byGroup.values()) {
            List<Candidate> ranked = new ArrayList<>();
            for (Candidate c : group) {
                if (Double.isNaN(c.score())) {
                    leftOut.add(new LeftOut(c.studentId(), c.groupNo(), Reason.NO_SCORE));
                } else {
                    ranked.add(c);
                }
            }
            // Strongest first; equal totals by 学号 so the same input always gives the same pairs.
            ranked.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::studentNo));
            while (!ranked.isEmpty()) {
                Candidate strong = ranked.remove(0);
                Candidate partner = null;
                for (int i = ranked.size() - 1; i >= 0; i--) {
                    if (allowed.test(strong, ranked.get(i))) {
                        partner = ranked.remove(i);
                        break;
                    }
                }
                if (partner != null) {
                    pairs.add(new Proposed(strong.groupId(), strong.groupNo(), strong.studentId(), partner.studentId()));
                } else {
                    leftOut.add(new LeftOut(strong.studentId(), strong.groupNo(),
                            ranked.isEmpty() ? Reason.ODD : Reason.NO_PARTNER));
                }
            }
        }
        return new Proposal(pairs, leftOut);
    }
}
