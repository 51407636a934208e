package cn.hezuo.group.seating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places groups as clusters of facing desks (前后座位): each group takes a block two desks wide and ⌈n/2⌉ rows deep,
 * the front pair turning round to face the pair behind. The leader sits in the centre seat (middle row of the
 * block, left desk) so every member can reach them. Blocks fill the room column pair by column pair, front to
 * back; students who find no block room take the first free desks. Pure and deterministic.
 */
public final class SeatingLayout {

    private SeatingLayout() {
    }

    /** A desk: 0-based row (0 = front, by the 讲台) and column (0 = left as the class sees the board). */
    public record Seat(int row, int col) {
    }

    /**
     * @param groups member ids per group, the leader first
     * @return the seat of every student; empty when the room has fewer desks than students
     */
    public static Map<Long, Seat> generate(List<List<Long>> groups, int rows, int cols) {
        int students = groups.stream().mapToInt(List::size).sum();
        Map<Long, Seat> seats = new LinkedHashMap<>();
        if (students > rows * cols) {
            return seats;
        }
        boolean[][] taken = new boolean[rows][cols];
        List<Long> leftOver = new ArrayList<>();
        int pair = 0;
        int nextRow = 0;
        for (List<Long> group : groups) {
            int depth = (group.size() + 1) / 2;
            if (nextRow + depth > rows) {
                pair++;
                nextRow = 0;
            }
            if (group.isEmpty()) {
                continue;
            }
            if (pair * 2 + 1 >= cols || depth > rows) {
                leftOver.addAll(group);
                continue;
            }
            List<Seat> block = block(nextRow, pair * 2, depth);
            for (int i = 0; i < group.size(); i++) {
                Seat seat = block.get(i);
                seats.put(group.get(i), seat);
                taken[seat.row()][seat.col()] = true;
            }
            nextRow += depth;
        }
        for (Long id : leftOver) {
            Seat free = firstFree(taken);
            seats.put(id, free);
            taken[free.row()][free.col()] = true;
        }
        return seats;
    }

    /** Seats of a block in filling order: the centre seat first, then the rest front to back, left to right. */
    static List<Seat> block(int top, int left, int depth) {
        Seat centre = new Seat(top + (depth - 1) / 2, left);
        List<Seat> order = new ArrayList<>();
        order.add(centre);
        for (int r = top; r < top + depth; r++) {
            for (int c = left; c < left + 2; c++) {
                Seat seat = new Seat(r, c);
                if (!seat.equals(centre)) {
                    order.add(seat);
                }
            }
        }
        return order;
    }

    private static Seat firstFree(boolean[][] taken) {
        for (int r = 0; r < taken.length; r++) {
            for (int c = 0; c < taken[r].length; c++) {
                if (!taken[r][c]) {
                    return new Seat(r, c);
                }
            }
        }
        throw new IllegalStateException("no free desk");
    }
}
