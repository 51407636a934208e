package cn.hezuo.group.seating;

import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.roster.StudentDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seating chart of a class's active plan as plain values, for other features (the observation tool taps a
 * student on it). Names only, no scores or tiers. Empty when the class has no active plan or no chart.
 */
@Service
@Transactional(readOnly = true)
public class ClassSeating {

    /** The room: rows × cols desks (row 0 by the 讲台) and who sits where. */
    public record Room(int rows, int cols, List<Seat> seats) {
    }

    public record Seat(long studentId, String name, int row, int col, Integer groupNumber) {
    }

    private final GroupDirectory directory;
    private final SeatingChartRepository charts;
    private final StudentDirectory students;

    ClassSeating(GroupDirectory directory, SeatingChartRepository charts, StudentDirectory students) {
        this.directory = directory;
        this.charts = charts;
        this.students = students;
    }

    public Optional<Room> of(long classId) {
        return directory.activePlanOf(classId).flatMap(plan -> charts.findByPlanId(plan.getId()).map(chart -> {
            Map<Long, Integer> groupNumbers = new HashMap<>();
            for (StudyGroup g : directory.groupsOf(plan.getId())) {
                groupNumbers.put(g.getId(), g.getNumber());
            }
            Map<Long, Integer> groupOf = new HashMap<>();
            for (GroupMember m : directory.membersOf(plan.getId())) {
                groupOf.put(m.getStudentId(), groupNumbers.get(m.getGroupId()));
            }
            Map<Long, String> names = students.activeNames(classId);
            List<Seat> seats = chart.seatMap().entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                    .map(e -> new Seat(e.getKey(), names.get(e.getKey()), e.getValue().row(), e.getValue().col(),
                            groupOf.get(e.getKey())))
                    .toList();
            return new Room(chart.getRows(), chart.getCols(), seats);
        }));
    }
}
