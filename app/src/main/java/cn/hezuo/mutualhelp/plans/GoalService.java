package cn.hezuo.mutualhelp.plans;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-ins on group life's goals (达成 / 部分达成 / 未达成 + a note): any member on their group's goals, a student on
 * their own personal goals; the class's teachers read them by month and group, the head teacher (or admin) marks a
 * group's month reviewed with a comment. Goals are read through {@link GroupGoalsQuery} only.
 */
@Service
class GoalService {

    static final int COMMENT_MAX = 300;

    record CheckInRow(LocalDate day, GroupGoalsQuery.Kind kind, String goal, String owner, CheckInStatus status,
                      String note, String by) {
    }

    record GoalRow(GroupGoalsQuery.Kind kind, String text, List<CheckInRow> recent) {
    }

    record MyGoals(Integer groupNo, List<GoalRow> goals) {
    }

    record GroupMonth(long groupId, int groupNo, List<CheckInRow> checkIns, String comment, String reviewedBy,
                      boolean reviewed) {
    }

    record Review(SchoolClass schoolClass, String month, List<String> months, List<GroupMonth> groups,
                  boolean canReview) {
    }

    private final GoalCheckInRepository checkIns;
    private final GoalReviewRepository reviews;
    private final GroupGoalsQuery goals;
    private final People people;
    private final ClassAccess classes;
    private final AuditTrail audit;
    private final Clock clock;

    GoalService(GoalCheckInRepository checkIns, GoalReviewRepository reviews, GroupGoalsQuery goals, People people,
                ClassAccess classes, AuditTrail audit, Clock clock) {
        this.checkIns = checkIns;
        this.reviews = reviews;
        this.goals = goals;
        this.people = people;
        this.classes = classes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MyGoals myGoals(HezuoUser user) {
        Student me = people.requireStudent(user);
        List<GroupGoalsQuery.Goal> mine = goals.ofStudent(me.getClassId(), me.getId());
        if (mine.isEmpty()) {
            return new MyGoals(people.placement(me).map(People.Placement::groupNo).orElse(null), List.of());
        }
        Map<Long, String> names = people.classNames(me.getClassId());
        List<GoalCheckIn> ofGroup = checkIns.findByGroupIdOrderByOnDayDescIdDesc(mine.get(0).groupId());
        List<GoalRow> rows = new ArrayList<>();
        for (GroupGoalsQuery.Goal goal : mine) {
            List<CheckInRow> recent = ofGroup.stream().filter(c -> c.getGoalKind() == goal.kind()
                            && java.util.Objects.equals(c.getOwnerId(), goal.studentId()))
                    .limit(5).map(c -> row(c, names)).toList();
            rows.add(new GoalRow(goal.kind(), goal.text(), recent));
        }
        return new MyGoals(mine.get(0).groupNo(), rows);
    }

    /** A check-in on one of the student's goals (their group's or their own); the same request id twice is one. */
    @Transactional
    long checkIn(HezuoUser user, GroupGoalsQuery.Kind kind, CheckInStatus status, String note, String requestId) {
        Student me = people.requireStudent(user);
        String id = PlanService.requestId(requestId);
        Optional<GoalCheckIn> same = checkIns.findByStudentIdAndRequestId(me.getId(), id);
        if (same.isPresent()) {
            return same.get().getId();
        }
        if (kind == null) {
            throw new RuleViolationException("mutualhelp.goals.error.goal");
        }
        GroupGoalsQuery.Goal goal = goals.ofStudent(me.getClassId(), me.getId()).stream()
                .filter(g -> g.kind() == kind).findFirst()
                .orElseThrow(() -> new RuleViolationException("mutualhelp.goals.error.goal"));
        if (status == null) {
            throw new RuleViolationException("mutualhelp.status.error.empty");
        }
        GoalCheckIn saved = checkIns.save(new GoalCheckIn(me.getSchoolId(), me.getClassId(), goal, status,
                PlanService.note(note), LocalDate.now(clock), me.getId(), id, clock.instant()));
        audit.record("CREATE", "MhGoalCheckIn", saved.getId(), AuditText.of("audit.msg.mh.goalCheckIn", goal.groupNo(),
                AuditText.of("audit.enum.MhGoalKind." + kind.name()), AuditText.of("audit.enum.MhCheckInStatus."
                        + status.name())));
        return saved.getId();
    }

    /** The month's check-ins of the class by group, with each group's review (teachers of the class). */
    @Transactional(readOnly = true)
    Review review(HezuoUser user, long classId, String month) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        YearMonth current = YearMonth.now(clock);
        YearMonth shown = parse(month, current);
        Map<Long, String> names = people.classNames(classId);
        Map<Long, GroupMonth> byGroup = new LinkedHashMap<>();
        Map<Long, List<CheckInRow>> rows = new HashMap<>();
        people.groupNumbers(schoolClass.getSchoolId(), classId).forEach((groupId, no) -> rows.put(groupId, new ArrayList<>()));
        Map<Long, Integer> numbers = new LinkedHashMap<>(people.groupNumbers(schoolClass.getSchoolId(), classId));
        for (GoalCheckIn c : checkIns.findByClassIdAndOnDayBetweenOrderByGroupNoAscOnDayAscIdAsc(classId,
                shown.atDay(1), shown.atEndOfMonth())) {
            numbers.putIfAbsent(c.getGroupId(), c.getGroupNo());
            rows.computeIfAbsent(c.getGroupId(), g -> new ArrayList<>()).add(row(c, names));
        }
        Map<Long, GoalReview> reviewed = new HashMap<>();
        reviews.findByClassIdAndMonth(classId, shown.toString()).forEach(r -> reviewed.put(r.getGroupId(), r));
        numbers.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            GoalReview r = reviewed.get(e.getKey());
            byGroup.put(e.getKey(), new GroupMonth(e.getKey(), e.getValue(), rows.getOrDefault(e.getKey(), List.of()),
                    r == null ? null : r.getComment(), r == null ? null : r.getReviewedBy(), r != null));
        });
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            months.add(current.minusMonths(i).toString());
        }
        return new Review(schoolClass, shown.toString(), months, new ArrayList<>(byGroup.values()),
                classes.canManage(user, schoolClass));
    }

    /** The head teacher (or admin) marks a group's month reviewed, with an optional comment; again edits it. */
    @Transactional
    void markReviewed(HezuoUser user, long classId, long groupId, String month, String comment) {
        SchoolClass schoolClass = classes.requireManage(user, classId);
        YearMonth shown = parse(month, null);
        if (shown == null) {
            throw new RuleViolationException("mutualhelp.goals.error.month");
        }
        Map<Long, Integer> numbers = people.groupNumbers(schoolClass.getSchoolId(), classId);
        boolean known = numbers.containsKey(groupId) || !checkIns.findByClassIdAndOnDayBetweenOrderByGroupNoAscOnDayAscIdAsc(
                classId, shown.atDay(1), shown.atEndOfMonth()).stream().filter(c -> c.getGroupId() == groupId).toList()
                .isEmpty();
        if (!known) {
            throw new RuleViolationException("mutualhelp.goals.error.group");
        }
        String clean = comment == null || comment.isBlank() ? null : comment.strip();
        if (clean != null && clean.length() > COMMENT_MAX) {
            throw new RuleViolationException("mutualhelp.goals.error.commentLength", COMMENT_MAX);
        }
        GoalReview review = reviews.findByGroupIdAndMonth(groupId, shown.toString())
                .orElseGet(() -> new GoalReview(schoolClass.getSchoolId(), classId, groupId, shown.toString()));
        review.review(clean, user.getUsername(), clock.instant());
        review = reviews.save(review);
        audit.record("UPDATE", "MhGoalReview", review.getId(), AuditText.of("audit.msg.mh.goalReviewed",
                schoolClass.getName(), numbers.getOrDefault(groupId, 0), shown.toString()));
    }

    private static YearMonth parse(String month, YearMonth fallback) {
        if (month == null || month.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private static CheckInRow row(GoalCheckIn c, Map<Long, String> names) {
        return new CheckInRow(c.getOnDay(), c.getGoalKind(), c.getGoalText(),
                c.getOwnerId() == null ? null : names.getOrDefault(c.getOwnerId(), "—"), c.getStatus(), c.getNote(),
                names.getOrDefault(c.getStudentId(), "—"));
    }
}
