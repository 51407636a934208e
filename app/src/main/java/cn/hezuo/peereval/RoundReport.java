package cn.hezuo.peereval;

import cn.hezuo.school.SchoolClass;
import java.util.List;
import java.util.Map;

/** The teacher's view of a round: per group the full rater × ratee matrix, the group ratings and the flags. */
public record RoundReport(PeerRound round, SchoolClass schoolClass, List<GroupMatrix> groups, List<FlagLine> flags,
                          List<Integer> groupNumbers, Map<String, PeerGroupRating> groupCells,
                          Map<Long, String> names) {

    public record GroupMatrix(int groupNo, List<RoundMembers.Member> members, Map<String, PeerRating> cells,
                              Map<Long, PeerStats.Received> received) {

        public PeerRating cell(long raterId, long rateeId) {
            return cells.get(raterId + "-" + rateeId);
        }

        public PeerStats.Received receivedBy(long studentId) {
            return received.get(studentId);
        }
    }

    /** A flag with the member's name (null for a whole-group flag). */
    public record FlagLine(PeerStats.FlagType type, int groupNo, String name, String value, String groupMean) {
    }

    public PeerGroupRating groupCell(int raterGroupNo, int rateeGroupNo) {
        return groupCells.get(raterGroupNo + "-" + rateeGroupNo);
    }

    public String nameOf(Long studentId) {
        return studentId == null ? "" : names.getOrDefault(studentId, "");
    }

    public static String format(double value) {
        return Double.isNaN(value) ? "—" : String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
