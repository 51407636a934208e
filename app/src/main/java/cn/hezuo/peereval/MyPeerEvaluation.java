package cn.hezuo.peereval;

import java.util.List;
import java.util.Map;

/**
 * Everything a student sees of peer evaluation. By construction it holds only the student's own answers, their
 * group's answers, and AVERAGES of what others gave them — no rater, no single value from someone else.
 */
public record MyPeerEvaluation(OpenRound open, List<ReceivedRound> results) {

    /** Fewest raters before an average is shown to the student. */
    public static final int MIN_RATERS = 2;

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

    /** What I received in a round: per-criterion averages from others, my group's average, comments if allowed. */
    public record ReceivedRound(PeerRound round, PeerStats.Received received, String groupAverage, int groupRaters,
                                List<String> comments) {

        /** Averages are shown only once at least two others rated: one rater's average would be their values. */
        public boolean enoughRaters() {
            return received.raters() >= MIN_RATERS;
        }

        public boolean enoughGroups() {
            return groupRaters >= MIN_RATERS;
        }

        public String mean(int criterion) {
            return RoundReport.format(received.means().get(criterion));
        }
    }

    public boolean isEmpty() {
        return open == null && results.isEmpty();
    }
}
