package cn.hezuo.group.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubjectLeaderChoiceTest {

    private static final long CHINESE = 100;
    private static final long MATH = 101;
    private static final long ENGLISH = 102;

    @Test
    void eachSubjectGoesToTheStrongestMemberWhenNobodyIsStrongestTwice() {
        Map<Long, double[]> scores = Map.of(1L, new double[]{110, 80, 85}, 2L, new double[]{90, 115, 80},
                3L, new double[]{85, 90, 118}, 4L, new double[]{70, 75, 72});
        Map<Long, Long> leaders = choose(List.of(1L, 2L, 3L, 4L), scores, Map.of());
        assertThat(leaders).containsExactly(Map.entry(CHINESE, 1L), Map.entry(MATH, 2L), Map.entry(ENGLISH, 3L));
    }

    @Test
    void oneStudentStrongestInEverythingLeadsOnlyOneSubject() {
        Map<Long, double[]> scores = Map.of(1L, new double[]{118, 119, 117}, 2L, new double[]{100, 90, 95},
                3L, new double[]{95, 100, 90}, 4L, new double[]{90, 95, 100});
        Map<Long, Long> leaders = choose(List.of(1L, 2L, 3L, 4L), scores, Map.of());
        assertThat(leaders.values()).filteredOn(id -> id == 1L).hasSize(1);
        assertThat(leaders).hasSize(3);
        assertThat(leaders.values()).doesNotHaveDuplicates();
    }

    @Test
    void aConfirmedNominationIsKeptAndCountsTowardsTheLoad() {
        Map<Long, double[]> scores = Map.of(1L, new double[]{118, 119, 117}, 2L, new double[]{100, 90, 95},
                3L, new double[]{95, 100, 90});
        Map<Long, Long> leaders = choose(List.of(1L, 2L, 3L), scores, Map.of(MATH, 3L));
        assertThat(leaders.get(MATH)).isEqualTo(3L);
        assertThat(leaders.values()).doesNotHaveDuplicates();
    }

    @Test
    void noMemberExceedsTheFairShareForRandomGroups() {
        Random random = new Random(7);
        for (int run = 0; run < 300; run++) {
            int size = 2 + random.nextInt(6);
            List<Long> members = java.util.stream.LongStream.rangeClosed(1, size).boxed().toList();
            Map<Long, double[]> scores = new HashMap<>();
            members.forEach(m -> scores.put(m, new double[]{60 + random.nextInt(60), 60 + random.nextInt(60),
                    60 + random.nextInt(60)}));
            Map<Long, Long> leaders = choose(members, scores, Map.of());
            assertThat(leaders).hasSize(3);
            int cap = (3 + size - 1) / size;
            members.forEach(m -> assertThat(leaders.values().stream().filter(m::equals).count()).isLessThanOrEqualTo(cap));
        }
    }

    @Test
    void aSubjectWithoutScoresHasNoLeader() {
        Map<Long, double[]> scores = Map.of(1L, new double[]{100, Double.NaN, 90}, 2L, new double[]{90, Double.NaN, 100});
        assertThat(choose(List.of(1L, 2L), scores, Map.of())).containsOnlyKeys(CHINESE, ENGLISH);
    }

    private static Map<Long, Long> choose(List<Long> members, Map<Long, double[]> scores, Map<Long, Long> fixed) {
        return SubjectLeaderChoice.choose(members, List.of(CHINESE, MATH, ENGLISH),
                (member, subject) -> scores.get(member)[(int) (subject - CHINESE)], fixed);
    }
}
