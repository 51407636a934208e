package cn.hezuo.peereval;

import java.util.List;
import java.util.Map;

/**
 * Everything a student sees of peer evaluation. By construction it holds only the student's own answers, their
 * group's answers, and, once a round is closed and at least {@link #MIN_RATERS} others rated, averages rounded to
 * half stars of what others gave them — no rater, no count, no single value from someone else.
 */
record MyPeerEvaluation(OpenRound open, List<ReceivedRound> results) {

    /**
     * Fewest others (peers for the averages, other groups for the presentation average) before anything they gave
     * is shown to the student: with fewer, a student who knows one or two raters' habits could work out their values.
     */
    public static final int MIN_RATERS = 3;

    /** The open round with the student's own answers to edit. */
    public record OpenRound(PeerRound round, int myGroupNo, List<Mate> mates, List<Integer> groupNumbers,
                            Map<Integer, GroupAnswer> groupAnswers, String lastGroupSubmitter) {

        public GroupAnswer groupAnswer(int groupNo) {
            return groupAnswers.get(groupNo);
        }
    }

    /** Myself or a group-mate, with what I gave them so far (null before the first save). */
    public record Mate(long studentId, int memberNo, String name, boolean me, Scores given, String comment) {
    }

    public record GroupAnswer(int score, String comment) {
    }

    /** What the student may know of a round they were rated in. */
    public enum Visibility {
        /** The round is open: nothing is shown, so a look before and after one more rating reveals nothing. */
        OPEN,
        /** Closed, but fewer than {@link #MIN_RATERS} peers rated the student: nothing is shown. */
        TOO_FEW_RATERS,
        /** Closed with enough raters: averages rounded to half stars, without how many rated. */
        SHOWN
    }

    /**
     * What I received in a round. Holds no count and no exact average, only what may be shown: per-criterion
     * averages of others' ratings rounded to half stars, the other groups' average for my group's presentation
     * (null unless enough groups rated), and the comments (empty unless the teacher allows them).
     */
    public record ReceivedRound(PeerRound round, Visibility visibility, List<String> means, String groupMean,
                                List<String> comments) {

        static ReceivedRound hidden(PeerRound round, Visibility visibility) {
            return new ReceivedRound(round, visibility, List.of(), null, List.of());
        }

        public boolean shown() {
            return visibility == Visibility.SHOWN;
        }

        public String mean(int criterion) {
            return means.get(criterion);
        }
    }

    public boolean isEmpty() {
        return open == null && results.isEmpty();
    }
}
