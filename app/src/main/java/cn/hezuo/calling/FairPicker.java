package cn.hezuo.calling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The fairness rules of random calling, free of Spring and the database so they can be tested exactly.
 * <ol>
 *   <li>Absent candidates are never drawn.</li>
 *   <li>No repeats inside the window: only candidates called the fewest times in the window are eligible, so
 *       nobody is called a second time before every present candidate has been called once (and so on).</li>
 *   <li>Among the eligible, the weight is {@code 1 / (1 + calls this term)}: someone called twice this term is
 *       drawn a third as often as someone never called. Simple enough to explain on the whiteboard.</li>
 * </ol>
 * A candidate is whatever is being drawn: a student, a group, or a member number for 每组N号.
 * Cost is O(n) per draw.
 */
final class FairPicker {

    private final Random random;

    public FairPicker(Random random) {
        this.random = random;
    }

    /** One thing that may be drawn, with what fairness needs to know about it. */
    public record Candidate<K>(K key, boolean absent, int windowCalls, int termCalls) {

        /** The weight shown to the teacher and used for the draw among the eligible. */
        public double weight() {
            return weightFor(termCalls);
        }
    }

    /** The drawn candidate, and how many were eligible for this draw (for the explanation on the page). */
    public record Pick<K>(Candidate<K> candidate, int eligibleCount) {
    }

    public static double weightFor(int termCalls) {
        return 1.0 / (1 + termCalls);
    }

    /** The candidates the next draw may choose from: present and called least often in the window. */
    public static <K> List<Candidate<K>> eligible(List<Candidate<K>> candidates) {
        int fewest = candidates.stream().filter(c -> !c.absent()).mapToInt(Candidate::windowCalls).min()
                .orElse(Integer.MAX_VALUE);
        List<Candidate<K>> eligible = new ArrayList<>();
        for (Candidate<K> c : candidates) {
            if (!c.absent() && c.windowCalls() == fewest) {
                eligible.add(c);
            }
        }
        return eligible;
    }

    /** Draws one candidate, or nothing when everybody is absent or there is nobody. */
    public <K> Optional<Pick<K>> pick(List<Candidate<K>> candidates) {
        List<Candidate<K>> eligible = eligible(candidates);
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        double total = eligible.stream().mapToDouble(Candidate::weight).sum();
        double r = random.nextDouble() * total;
        for (Candidate<K> c : eligible) {
            r -= c.weight();
            if (r < 0) {
                return Optional.of(new Pick<>(c, eligible.size()));
            }
        }
        // Rounding can leave r a hair above zero after the last one.
        return Optional.of(new Pick<>(eligible.get(eligible.size() - 1), eligible.size()));
    }
}
