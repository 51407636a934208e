package cn.hezuo.peereval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Averages and flags of a round, without a database. */
class PeerStatsTest {

    private static PeerRating rating(long rater, long ratee, int task, int coop, int listen, int help) {
        PeerRating r = new PeerRating(1L, 1L, rater, ratee);
        r.rate(new Scores(task, coop, listen, help), null, Instant.EPOCH);
        return r;
    }

    private static PeerRating rating(long rater, long ratee, int all) {
        return rating(rater, ratee, all, all, all, all);
    }

    @Test
    void receivedAveragesOthersPerCriterionAndLeavesOutTheSelfRating() {
        List<PeerRating> ratings = List.of(rating(1, 1, 5), rating(2, 1, 4, 3, 2, 1), rating(3, 1, 2, 3, 4, 5),
                rating(2, 3, 1));
        PeerStats.Received got = PeerStats.received(1, ratings);
        assertThat(got.raters()).isEqualTo(2);
        assertThat(got.means()).containsExactly(3.0, 3.0, 3.0, 3.0);
    }

    @Test
    void aStudentsAverageIsRoundedToTheNearestHalfStar() {
        assertThat(PeerStats.halfStars(8 / 3.0)).isEqualTo(2.5);
        assertThat(PeerStats.halfStars(10 / 3.0)).isEqualTo(3.5);
        assertThat(PeerStats.halfStars(11 / 3.0)).isEqualTo(3.5);
        assertThat(PeerStats.halfStars(3.75)).isEqualTo(4.0);
        assertThat(PeerStats.halfStars(3.2)).isEqualTo(3.0);
        assertThat(PeerStats.halfStars(5.0)).isEqualTo(5.0);
        assertThat(PeerStats.halfStars(Double.NaN)).isNaN();
    }

    @Test
    void nobodyRatedMeansNoAverages() {
        PeerStats.Received got = PeerStats.received(9, List.of(rating(9, 9, 5)));
        assertThat(got.isEmpty()).isTrue();
        assertThat(got.means()).allMatch(v -> v.isNaN());
    }

    @Test
    void aMemberRatedAtLeastOneBelowTheGroupMeanIsFlagged() {
        // Group of four: everyone gives 5, except that all peers give member 4 a 2.
        List<PeerRating> ratings = new ArrayList<>();
        for (long rater = 1; rater <= 4; rater++) {
            for (long ratee = 1; ratee <= 4; ratee++) {
                ratings.add(rating(rater, ratee, ratee == 4 && rater != 4 ? 2 : 4));
            }
        }
        Map<Integer, List<Long>> groups = Map.of(1, List.of(1L, 2L, 3L, 4L));
        List<PeerStats.Flag> flags = PeerStats.flags(groups, ratings);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(PeerStats.FlagType.FAR_BELOW_GROUP);
            assertThat(f.studentId()).isEqualTo(4L);
            assertThat(f.value()).isEqualTo(2.0);
        });
    }

    @Test
    void aMemberSlightlyBelowTheGroupIsNotFlagged() {
        List<PeerRating> ratings = new ArrayList<>();
        for (long rater = 1; rater <= 3; rater++) {
            for (long ratee = 1; ratee <= 3; ratee++) {
                ratings.add(rating(rater, ratee, ratee == 3 ? 3 : 4));
            }
        }
        assertThat(PeerStats.flags(Map.of(1, List.of(1L, 2L, 3L)), ratings)).isEmpty();
    }

    @Test
    void aGroupWhoseMembersAllRateThemselvesFiveIsFlaggedOnlyWhenEveryoneDid() {
        Map<Integer, List<Long>> groups = new LinkedHashMap<>();
        groups.put(1, List.of(1L, 2L));
        groups.put(2, List.of(3L, 4L));
        List<PeerRating> ratings = List.of(rating(1, 1, 5), rating(2, 2, 5), rating(1, 2, 4), rating(2, 1, 4),
                rating(3, 3, 5), rating(3, 4, 4));
        List<PeerStats.Flag> flags = PeerStats.flags(groups, ratings);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.type()).isEqualTo(PeerStats.FlagType.ALL_SELF_FIVE);
            assertThat(f.groupNo()).isEqualTo(1);
        });
    }
}
