package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records taps and undoes them. Each award is one transaction: the action (unique request id), its point
 * rows, the running totals and the audit line commit together or not at all. A retry of a request id
 * that already committed answers with that action instead of counting twice; when two copies race, the
 * unique request id fails the second transaction, which is then answered from the first.
 */
@Service
public class AwardService {

    private final EvaluationAccess access;
    private final EvalItemRepository items;
    private final EvalActionRepository actions;
    private final EvalPointRepository points;
    private final PointTotals totals;
    private final ClassGroupsQuery groups;
    private final EvaluationSettingsService settings;
    private final SchoolCalendar calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate tx;

    AwardService(EvaluationAccess access, EvalItemRepository items, EvalActionRepository actions,
                 EvalPointRepository points, PointTotals totals, ClassGroupsQuery groups,
                 EvaluationSettingsService settings, SchoolCalendar calendar, AuditTrail audit, Clock clock,
                 PlatformTransactionManager transactionManager) {
        this.access = access;
        this.items = items;
        this.actions = actions;
        this.points = points;
        this.totals = totals;
        this.groups = groups;
        this.settings = settings;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactionManager);
    }

    public AwardResult award(HezuoUser user, long classId, AwardRequest request) {
        String requestId = requireUuid(request.requestId());
        try {
            return tx.execute(status -> awardOnce(user, classId, request, requestId));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException raced) {
            // The same request id committed meanwhile (a double tap), a running-total row was inserted by
            // another award first, or the database broke a lock wait: once more finds the action or the row.
            return tx.execute(status -> awardOnce(user, classId, request, requestId));
        }
    }

    private AwardResult awardOnce(HezuoUser user, long classId, AwardRequest request, String requestId) {
        Recorder recorder = access.requireRecorder(user, classId);
        var existing = actions.findByRequestId(requestId);
        if (existing.isPresent()) {
            EvalAction action = existing.get();
            if (!action.getClassId().equals(classId)) {
                throw new RuleViolationException("evaluation.error.requestReused");
            }
            return result(recorder, action, true, points.findByActionIdOrderByIdAsc(action.getId()));
        }
        EvalItem item = items.findByIdAndClassId(request.itemId() == null ? -1 : request.itemId(), classId)
                .filter(i -> !i.isRetired())
                .orElseThrow(() -> new RuleViolationException("evaluation.error.itemGone"));
        if (request.target() == null) {
            throw new RuleViolationException("evaluation.error.noTarget");
        }
        ClassGroups classGroups = groups.of(classId);
        boolean bundled = settings.of(user.schoolId(), classId).isBundled();
        // student id (null for a group row) → group id (null when the points count toward no group)
        List<Long[]> targets = targets(recorder, request, classGroups, bundled);
        SchoolTerm term = calendar.requireTermForToday(user.schoolId());
        EvalAction action = actions.saveAndFlush(new EvalAction(user.schoolId(), classId, requestId, term.id(),
                calendar.weekToday(term), item, request.target(), targets.size(), user.getUsername(),
                recorder.studentId(), clock.instant()));
        List<EvalPoint> rows = new ArrayList<>();
        for (Long[] target : targets) {
            rows.add(new EvalPoint(action, target[0], target[1]));
        }
        points.saveAll(rows);
        applyTotals(user.schoolId(), term.id(), rows, 1);
        audit.record("AWARD", "EvalAction", action.getId(), AuditText.of(recorder.isTeacher() ? "audit.msg.eval.award"
                : "audit.msg.eval.awardByStudent", recorder.schoolClass().getName(), item.getName(),
                item.getPointsLabel(), describe(request, targets.size()), requestId));
        return result(recorder, action, false, rows);
    }

    /** Undoes an action: teachers any action of the class, a student recorder only their own. */
    public AwardResult undo(HezuoUser user, long classId, long actionId) {
        return tx.execute(status -> {
            Recorder recorder = access.requireRecorder(user, classId);
            EvalAction action = actions.findByIdAndClassId(actionId, classId)
                    .orElseThrow(() -> new NotFoundException("award", actionId));
            if (!recorder.isTeacher() && !recorder.studentId().equals(action.getRecorderStudentId())) {
                throw new org.springframework.security.access.AccessDeniedException("not this recorder's award");
            }
            if (actions.markUndone(actionId, user.getUsername(), clock.instant()) == 0) {
                throw new RuleViolationException("evaluation.error.alreadyUndone");
            }
            List<EvalPoint> rows = points.findByActionIdOrderByIdAsc(actionId);
            rows.forEach(EvalPoint::markUndone);
            applyTotals(action.getSchoolId(), action.getTermId(), rows, -1);
            audit.record("UNDO", "EvalAction", actionId, AuditText.of("audit.msg.eval.undo",
                    recorder.schoolClass().getName(), action.getPoints(), rows.size(), action.getRecordedBy()));
            EvalAction undone = actions.findById(actionId).orElseThrow();
            return result(recorder, undone, false, rows);
        });
    }

    private List<Long[]> targets(Recorder recorder, AwardRequest request, ClassGroups classGroups, boolean bundled) {
        List<Long[]> targets = new ArrayList<>();
        switch (request.target()) {
            case GROUP -> {
                Long groupId = request.groupId();
                if (groupId == null || classGroups.group(groupId).isEmpty()) {
                    throw new RuleViolationException("evaluation.error.noTarget");
                }
                requireScope(recorder, groupId);
                targets.add(new Long[] {null, groupId});
            }
            case CLASS -> {
                if (!recorder.mayAwardWholeClass()) {
                    throw new org.springframework.security.access.AccessDeniedException("whole class");
                }
                if (classGroups.groups().isEmpty()) {
                    throw new RuleViolationException("evaluation.error.noGroups");
                }
                classGroups.groupIds().forEach(g -> targets.add(new Long[] {null, g}));
            }
            case STUDENTS -> {
                Set<Long> ids = new LinkedHashSet<>(request.studentIds());
                if (ids.isEmpty()) {
                    throw new RuleViolationException("evaluation.error.noTarget");
                }
                for (Long studentId : ids) {
                    ClassGroups.Member member = classGroups.membersByStudent().get(studentId);
                    if (member == null) {
                        // Only students placed in the active plan appear on the board and can be tapped.
                        throw new RuleViolationException("evaluation.error.noTarget");
                    }
                    requireScope(recorder, member.groupId());
                    targets.add(new Long[] {studentId, bundled ? member.groupId() : null});
                }
            }
            default -> throw new IllegalStateException();
        }
        return targets;
    }

    private static void requireScope(Recorder recorder, Long groupId) {
        if (!recorder.mayAward(groupId)) {
            throw new org.springframework.security.access.AccessDeniedException("outside the recorder's group");
        }
    }

    private void applyTotals(long schoolId, long termId, List<EvalPoint> rows, int sign) {
        SortedMap<Long, Integer> students = new TreeMap<>();
        SortedMap<Long, Integer> groupDeltas = new TreeMap<>();
        for (EvalPoint row : rows) {
            if (row.getStudentId() != null) {
                students.merge(row.getStudentId(), sign * row.getPoints(), Integer::sum);
            }
            if (row.getGroupId() != null) {
                groupDeltas.merge(row.getGroupId(), sign * row.getPoints(), Integer::sum);
            }
        }
        totals.addToStudents(schoolId, termId, students);
        totals.addToGroups(schoolId, termId, groupDeltas);
    }

    private AwardResult result(Recorder recorder, EvalAction action, boolean repeated, List<EvalPoint> rows) {
        Set<Long> groupIds = new LinkedHashSet<>();
        Set<Long> studentIds = new LinkedHashSet<>();
        rows.forEach(r -> {
            if (r.getGroupId() != null) {
                groupIds.add(r.getGroupId());
            }
            if (r.getStudentId() != null) {
                studentIds.add(r.getStudentId());
            }
        });
        Map<Long, Integer> groupTotals = new HashMap<>(totals.groupTotals(action.getTermId(), groupIds));
        groupIds.forEach(g -> groupTotals.putIfAbsent(g, 0));
        Map<Long, Integer> studentTotals = null;
        if (recorder.isTeacher()) {
            studentTotals = new HashMap<>(totals.studentTotals(action.getTermId(), studentIds));
            for (Long s : studentIds) {
                studentTotals.putIfAbsent(s, 0);
            }
        }
        return new AwardResult(action.getId(), action.getRequestId(), action.isUndone(), repeated, null, groupTotals,
                studentTotals);
    }

    private static AuditText describe(AwardRequest request, int count) {
        return switch (request.target()) {
            case GROUP -> AuditText.of("audit.msg.eval.toGroup", request.groupId());
            case CLASS -> AuditText.of("audit.msg.eval.toClass", count);
            case STUDENTS -> AuditText.of("audit.msg.eval.toStudents", request.studentIds().size(),
                    request.studentIds().toString());
        };
    }

    private static String requireUuid(String requestId) {
        try {
            return UUID.fromString(requestId == null ? "" : requestId.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("evaluation.error.badRequestId");
        }
    }
}
