package cn.hezuo.group.seating;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Generates the seating chart of the active plan and swaps seats when the head teacher drags a student. */
@Service
public class SeatingService {

    static final int MAX_ROWS = 12;
    static final int MAX_COLS = 12;

    private final SeatingChartRepository charts;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final GroupRoleQuery roles;
    private final GroupLifeAccess groupAccess;
    private final ClassAccess access;
    private final AuditTrail audit;

    SeatingService(SeatingChartRepository charts, StudyGroupRepository groups, GroupMemberRepository members,
                   GroupRoleQuery roles, GroupLifeAccess groupAccess, ClassAccess access, AuditTrail audit) {
        this.charts = charts;
        this.groups = groups;
        this.members = members;
        this.roles = roles;
        this.groupAccess = groupAccess;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public SeatingChart generate(HezuoUser user, long classId, int rows, int cols, String aisleText) {
        access.requireManage(user, classId);
        GroupPlan plan = groupAccess.activePlan(classId);
        if (rows < 1 || rows > MAX_ROWS || cols < 2 || cols > MAX_COLS) {
            throw new RuleViolationException("grouplife.error.seating");
        }
        List<Integer> aisles = parseAisles(aisleText, cols);
        List<List<Long>> ordered = new ArrayList<>();
        for (StudyGroup group : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
            List<Long> ids = new ArrayList<>(members.findByGroupIdOrderByMemberNoAsc(group.getId()).stream()
                    .map(GroupMember::getStudentId).toList());
            roles.leaderOf(plan.getId(), group.getId()).ifPresent(leader -> {
                if (ids.remove(leader)) {
                    ids.add(0, leader);
                }
            });
            ordered.add(ids);
        }
        Map<Long, SeatingLayout.Seat> seats = SeatingLayout.generate(ordered, rows, cols);
        if (seats.isEmpty() && ordered.stream().anyMatch(g -> !g.isEmpty())) {
            throw new RuleViolationException("grouplife.error.seating");
        }
        SeatingChart chart = charts.findByPlanId(plan.getId()).orElseGet(() -> new SeatingChart(plan.getSchoolId(), plan.getId()));
        chart.layout(rows, cols, aisles, seats);
        SeatingChart saved = charts.save(chart);
        audit.record("GENERATE", "SeatingChart", saved.getId(), AuditText.of("audit.msg.seating.generated", plan.getId(),
                rows, cols, aisles));
        return saved;
    }

    /** Puts a student on a desk; whoever sat there takes the student's old desk. */
    @Transactional
    public void move(HezuoUser user, long classId, long studentId, int row, int col, int seenVersion) {
        access.requireManage(user, classId);
        GroupPlan plan = groupAccess.activePlan(classId);
        SeatingChart chart = charts.findByPlanId(plan.getId()).orElseThrow(() -> new NotFoundException("seating", classId));
        if (chart.getVersion() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(SeatingChart.class, chart.getId());
        }
        if (row < 0 || row >= chart.getRows() || col < 0 || col >= chart.getCols()) {
            throw new RuleViolationException("grouplife.error.seat");
        }
        Map<Long, SeatingLayout.Seat> seats = chart.seatMap();
        SeatingLayout.Seat from = seats.get(studentId);
        if (from == null) {
            throw new NotFoundException("seat of student", studentId);
        }
        SeatingLayout.Seat to = new SeatingLayout.Seat(row, col);
        seats.entrySet().stream().filter(e -> e.getValue().equals(to)).map(Map.Entry::getKey).findFirst()
                .ifPresent(other -> seats.put(other, from));
        seats.put(studentId, to);
        chart.setSeats(seats);
        audit.record("MOVE", "SeatingChart", chart.getId(), AuditText.of("audit.msg.seating.move", studentId, row + 1,
                col + 1));
    }

    static List<Integer> parseAisles(String text, int cols) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(text.split("[,，、\\s]+")).filter(s -> !s.isBlank()).map(String::trim)
                    .map(Integer::valueOf).filter(c -> c >= 1 && c < cols).distinct().sorted().toList();
        } catch (NumberFormatException e) {
            throw new RuleViolationException("grouplife.error.seating");
        }
    }

}
