package cn.hezuo.peereval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a round, pure and testable: what a student received from others (averages only), and the
 * teacher's flags. Self-ratings never count toward what others gave.
 */
final class PeerStats {

    /** A member is flagged when peers rate them this far (or further) below the group's peer mean. */
    public static final double FAR_BELOW = 1.0;

    private PeerStats() {
    }

    /** Averages per criterion of the ratings others gave one student, and how many gave one. */
    public record Received(List<Double> means, int raters) {

        public boolean isEmpty() {
            return raters == 0;
        }

        public double overall() {
            return means.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    public enum FlagType { FAR_BELOW_GROUP, ALL_SELF_FIVE }

    /** A flag for the teacher: a member rated far below their group, or a group all rating themselves 5. */
    public record Flag(FlagType type, int groupNo, Long studentId, double value, double groupMean) {
    }

    public static Received received(long rateeId, List<PeerRating> ratings) {
        double[] sums = new double[4];
        int raters = 0;
        for (PeerRating r : ratings) {
            if (r.getRateeId() == rateeId && !r.isSelf()) {
                List<Integer> values = r.scores().values();
                for (int c = 0; c < 4; c++) {
                    sums[c] += values.get(c);
                }
                raters++;
            }
        }
        List<Double> means = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            means.add(raters == 0 ? Double.NaN : sums[c] / raters);
        }
        return new Received(means, raters);
    }

    /** A student's average as they may see it: to the nearest half star (halves round up), NaN stays NaN. */
    public static double halfStars(double mean) {
        return Double.isNaN(mean) ? mean : Math.round(mean * 2) / 2.0;
    }

    /** Flags of every group of a round; {@code groups} maps group number → member student ids. */
    public static List<Flag> flags(Map<Integer, List<Long>> groups, List<PeerRating> ratings) {
        List<Flag> flags = new ArrayList<>();
        for (Map.Entry<Integer, List<Long>> group : groups.entrySet()) {
            List<Long> members = group.getValue();
            List<PeerRating> inGroup = ratings.stream()
                    .filter(r -> members.contains(r.getRaterId()) && members.contains(r.getRateeId())).toList();
            // Mean of every peer (not self) rating inside the group, all criteria together.
            double groupMean = inGroup.stream().filter(r -> !r.isSelf()).mapToDouble(r -> r.scores().mean())
                    .average().orElse(Double.NaN);
            for (Long member : members) {
                Received got = received(member, inGroup);
                if (!got.isEmpty() && !Double.isNaN(groupMean) && got.overall() <= groupMean - FAR_BELOW + 1e-9) {
                    flags.add(new Flag(FlagType.FAR_BELOW_GROUP, group.getKey(), member, got.overall(), groupMean));
                }
            }
            // A group whose members all rated themselves 5 on everything (every member must have rated themself).
            List<PeerRating> selves = inGroup.stream().filter(PeerRating::isSelf).toList();
            if (members.size() > 1 && selves.size() == members.size()
                    && selves.stream().allMatch(r -> r.scores().allFive())) {
                flags.add(new Flag(FlagType.ALL_SELF_FIVE, group.getKey(), null, 5.0, groupMean));
            }
        }
        return flags;
    }
}
