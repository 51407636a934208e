package cn.hezuo.group.seating;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seating chart of a plan: the room (rows × columns of desks, aisles after some columns) and where each student
 * sits, kept as one text field so a drag (a swap) is one versioned update.
 */
@Entity
@Table(name = "seating_chart")
public class SeatingChart extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "desk_rows", nullable = false)
    private int rows;

    @Column(name = "desk_cols", nullable = false)
    private int cols;

    @Column(nullable = false, length = 60)
    private String aisles;

    @Column(nullable = false, length = 4000)
    private String seats;

    protected SeatingChart() {
    }

    public SeatingChart(Long schoolId, Long planId) {
        this.schoolId = schoolId;
        this.planId = planId;
    }

    public Long getPlanId() {
        return planId;
    }

    public int getRows() {
        return rows;
    }

    public int getCols() {
        return cols;
    }

    public List<Integer> getAisleList() {
        return Arrays.stream(aisles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
    }

    public String getAisles() {
        return aisles;
    }

    public Map<Long, SeatingLayout.Seat> seatMap() {
        Map<Long, SeatingLayout.Seat> map = new LinkedHashMap<>();
        if (seats.isBlank()) {
            return map;
        }
        for (String entry : seats.split(";")) {
            String[] parts = entry.split(":");
            map.put(Long.valueOf(parts[0]), new SeatingLayout.Seat(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return map;
    }

    public void layout(int rows, int cols, List<Integer> aisles, Map<Long, SeatingLayout.Seat> seats) {
        this.rows = rows;
        this.cols = cols;
        this.aisles = aisles.stream().map(String::valueOf).collect(Collectors.joining(","));
        setSeats(seats);
    }

    public void setSeats(Map<Long, SeatingLayout.Seat> seats) {
        this.seats = seats.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue().row() + ":" + e.getValue().col())
                .collect(Collectors.joining(";"));
    }
}
