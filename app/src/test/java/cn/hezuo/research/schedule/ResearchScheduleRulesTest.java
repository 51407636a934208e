package cn.hezuo.research.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per rule of the 主备人 rotation and the open-lesson schedule (plain JUnit, no Spring). */
class ResearchScheduleRulesTest {

    private static Map<Long, Long> counts(List<Long> assigned) {
        return assigned.stream().collect(Collectors.groupingBy(x -> x, Collectors.counting()));
    }

    @Test
    void theRotationGivesEveryMemberATurnBeforeAnyoneGetsASecond() {
        List<Long> hosts = Rotation.assign(List.of(1L, 2L, 3L, 4L), Map.of(), 10);
        assertThat(hosts.subList(0, 4)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(hosts.subList(4, 8)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        Map<Long, Long> counts = counts(hosts);
        assertThat(counts.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - counts.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void turnsAlreadyHeldThisTermCountSoTheRotationEvensThemOut() {
        List<Long> hosts = Rotation.assign(List.of(1L, 2L, 3L), Map.of(1L, 3, 2L, 1), 5);
        Map<Long, Long> counts = counts(hosts);
        assertThat(counts.getOrDefault(1L, 0L)).isZero();
        assertThat(counts.get(2L) + 1).isEqualTo(counts.get(3L)).isEqualTo(3);
    }

    @Test
    void theRotationIsRepeatableAndNeverPicksSomeoneOutsideTheMembers() {
        List<Long> members = List.of(7L, 3L, 9L);
        assertThat(Rotation.assign(members, Map.of(), 7)).isEqualTo(Rotation.assign(members, Map.of(), 7))
                .allMatch(members::contains).startsWith(7L, 3L, 9L, 7L);
        assertThat(Rotation.assign(List.of(), Map.of(), 3)).isEmpty();
    }

    @Test
    void slotWeeksFallEveryCadenceWeeksAndABlockedWeekMovesToTheNextFreeOne() {
        assertThat(OpenLessonPlanner.slotWeeks(2, 2, 12, Set.of())).containsExactly(2, 4, 6, 8, 10, 12);
        assertThat(OpenLessonPlanner.slotWeeks(2, 2, 12, Set.of(6, 7, 10))).containsExactly(2, 4, 8, 9, 11, 12);
        assertThat(OpenLessonPlanner.slotWeeks(2, 2, 12, Set.of(12))).containsExactly(2, 4, 6, 8, 10);
    }

    @Test
    void twoTeachersEveryTwoWeeksSpreadEvenlyWithEveryoneOnceBeforeAnyoneTwice() {
        List<Long> young = List.of(11L, 12L, 13L, 14L, 15L);
        Map<Integer, List<Long>> plan = OpenLessonPlanner.plan(young, 2, 2, 2, 20, Set.of(10, 19, 20));
        assertThat(plan.keySet()).doesNotContain(10, 19, 20).allMatch(w -> w >= 2 && w <= 20);
        assertThat(plan.values()).allSatisfy(teachers -> assertThat(teachers).hasSize(2).doesNotHaveDuplicates());
        List<Long> order = plan.values().stream().flatMap(List::stream).toList();
        assertThat(order.subList(0, 5)).containsExactlyInAnyOrderElementsOf(young);
        Map<Long, Long> counts = counts(order);
        assertThat(counts.keySet()).containsExactlyInAnyOrderElementsOf(young);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long min = counts.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(max - min).isLessThanOrEqualTo(1);
    }

    @Test
    void withFewerEligibleTeachersThanSeatsNobodyTeachesTwiceInOneWeek() {
        Map<Integer, List<Long>> plan = OpenLessonPlanner.plan(List.of(5L), 2, 1, 1, 3, Set.of());
        assertThat(plan).hasSize(3).allSatisfy((week, teachers) -> assertThat(teachers).containsExactly(5L));
        Map<Integer, List<Long>> none = OpenLessonPlanner.plan(List.of(), 2, 2, 1, 20, Set.of());
        assertThat(none).isEmpty();
    }
}
