package cn.hezuo.mutualhelp.pairs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pairing rule of 帮扶对子, one test per rule: strong with weak inside a group, keep-apart, one pair each. */
class PairProposerTest {

    private static PairProposer.Candidate c(long id, long group, double score) {
        return c(id, group, score, id % 2 == 0 ? "M" : "F");
    }

    private static PairProposer.Candidate c(long id, long group, double score, String gender) {
        return new PairProposer.Candidate(id, String.format("07%04d", id), group, (int) group, gender, score);
    }

    private static PairProposer.Allowed any() {
        return PairProposer.rules(Set.of(), false);
    }

    @Test
    void theStrongestIsPairedWithTheWeakestOfTheSameGroupThenTheNextTwo() {
        List<PairProposer.Candidate> group = List.of(c(1, 1, 90), c(2, 1, 40), c(3, 1, 75), c(4, 1, 60));
        PairProposer.Proposal p = PairProposer.propose(group, any());
        assertThat(p.pairs()).containsExactly(new PairProposer.Proposed(1, 1, 1, 2), new PairProposer.Proposed(1, 1, 3, 4));
        assertThat(p.leftOut()).isEmpty();
    }

    @Test
    void pairsNeverCrossGroups() {
        List<PairProposer.Candidate> members = List.of(c(1, 1, 99), c(2, 1, 98), c(3, 2, 10), c(4, 2, 11));
        PairProposer.Proposal p = PairProposer.propose(members, any());
        assertThat(p.pairs()).allMatch(x -> (x.strong() <= 2) == (x.weak() <= 2));
        assertThat(p.pairs()).hasSize(2);
    }

    @Test
    void keepApartStudentsAreNeverPairedAndTheNextWeakestIsTaken() {
        List<PairProposer.Candidate> group = List.of(c(1, 1, 90), c(2, 1, 40), c(3, 1, 75), c(4, 1, 60));
        PairProposer.Proposal p = PairProposer.propose(group, PairProposer.rules(Set.of(PairProposer.key(2, 1)), false));
        assertThat(p.pairs()).noneMatch(x -> PairProposer.key(x.strong(), x.weak()) == PairProposer.key(1, 2));
        assertThat(p.pairs()).contains(new PairProposer.Proposed(1, 1, 1, 4));
    }

    @Test
    void eachStudentIsInAtMostOnePairAndAnOddMemberIsLeftOut() {
        List<PairProposer.Candidate> members = new ArrayList<>();
        for (long id = 1; id <= 23; id++) {
            members.add(c(id, 1 + id % 4, (id * 37) % 100));
        }
        PairProposer.Proposal p = PairProposer.propose(members, any());
        Set<Long> seen = new HashSet<>();
        p.pairs().forEach(x -> {
            assertThat(seen.add(x.strong())).isTrue();
            assertThat(seen.add(x.weak())).isTrue();
        });
        // Groups of 6, 6, 6 and 5: one odd member, in the group of five.
        assertThat(p.leftOut()).singleElement().satisfies(l -> assertThat(l.reason()).isEqualTo(PairProposer.Reason.ODD));
        assertThat(seen.size() + p.leftOut().size()).isEqualTo(23);
    }

    @Test
    void aStudentWithoutATotalIsLeftOut() {
        List<PairProposer.Candidate> group = List.of(c(1, 1, 90), c(2, 1, Double.NaN), c(3, 1, 50));
        PairProposer.Proposal p = PairProposer.propose(group, any());
        assertThat(p.pairs()).containsExactly(new PairProposer.Proposed(1, 1, 1, 3));
        assertThat(p.leftOut()).containsExactly(new PairProposer.LeftOut(2, 1, PairProposer.Reason.NO_SCORE));
    }

    @Test
    void withSameGenderOnlyBoysWithBoysAndGirlsWithGirls() {
        List<PairProposer.Candidate> group = List.of(c(1, 1, 90, "M"), c(2, 1, 40, "F"), c(3, 1, 75, "F"),
                c(4, 1, 60, "M"));
        PairProposer.Proposal p = PairProposer.propose(group, PairProposer.rules(Set.of(), true));
        assertThat(p.pairs()).containsExactlyInAnyOrder(new PairProposer.Proposed(1, 1, 1, 4),
                new PairProposer.Proposed(1, 1, 3, 2));
    }

    @Test
    void equalTotalsGiveTheSamePairsEveryTime() {
        List<PairProposer.Candidate> group = List.of(c(4, 1, 70), c(3, 1, 70), c(2, 1, 70), c(1, 1, 70));
        assertThat(PairProposer.propose(group, any())).isEqualTo(PairProposer.propose(List.of(group.get(3), group.get(1),
                group.get(0), group.get(2)), any()));
    }
}
