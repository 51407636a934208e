package cn.hezuo.group.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeatingLayoutTest {

    @Test
    void aGroupOfSixSitsAsATwoByThreeBlockWithTheLeaderInTheMiddleRow() {
        Map<Long, SeatingLayout.Seat> seats = SeatingLayout.generate(List.of(List.of(1L, 2L, 3L, 4L, 5L, 6L)), 9, 8);
        assertThat(seats.get(1L)).isEqualTo(new SeatingLayout.Seat(1, 0));
        assertThat(seats.values()).allMatch(s -> s.row() < 3 && s.col() < 2);
        assertThat(new HashSet<>(seats.values())).hasSize(6);
    }

    @Test
    void aClassOfFiftyInGroupsOfAtMostSixGetsDistinctDesksInsideTheRoom() {
        List<List<Long>> groups = new ArrayList<>();
        long id = 1;
        for (int g = 0; g < 9; g++) {
            List<Long> group = new ArrayList<>();
            for (int m = 0; m < (g < 5 ? 6 : 5); m++) {
                group.add(id++);
            }
            groups.add(group);
        }
        Map<Long, SeatingLayout.Seat> seats = SeatingLayout.generate(groups, 9, 8);
        assertThat(seats).hasSize(50);
        assertThat(new HashSet<>(seats.values())).hasSize(50);
        assertThat(seats.values()).allMatch(s -> s.row() >= 0 && s.row() < 9 && s.col() >= 0 && s.col() < 8);
        // Every group stays within one column pair (a cluster of facing desks).
        for (List<Long> group : groups) {
            assertThat(group.stream().map(m -> seats.get(m).col() / 2).distinct().count()).isEqualTo(1);
        }
    }

    @Test
    void aRoomTooSmallGivesNoSeats() {
        assertThat(SeatingLayout.generate(List.of(List.of(1L, 2L, 3L)), 1, 2)).isEmpty();
    }
}
