package cn.hezuo.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.Subject;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forming and adjusting grouping plans. A run of the engine makes a DRAFT the teacher previews and
 * adjusts (moves, locks, re-runs); saving names it; activating makes it the class's plan. Saved plans are
 * never changed again, so history stays true. Every change checks the version the teacher saw.
 */
@Service
public class GroupPlanService {

    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final ClassGroupingInputs inputs;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final EntityManager entityManager;
    private final Clock clock;
    private final IdentityCarryOver carryOver;
    private final ApplicationEventPublisher events;

    private static final SecureRandom SEEDS = new SecureRandom();

    GroupPlanService(GroupPlanRepository plans, StudyGroupRepository groups, GroupMemberRepository members,
                     ClassGroupingInputs inputs, ClassAccess access, AuditTrail audit, ObjectMapper json,
                     EntityManager entityManager, Clock clock, IdentityCarryOver carryOver,
                     ApplicationEventPublisher events) {
        this.carryOver = carryOver;
        this.events = events;
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.inputs = inputs;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Runs the engine and stores the result as a draft; the teacher's older drafts of the class go away. */
    @Transactional
    public GroupPlan createDraft(HezuoUser user, long classId, GroupingForm form) {
        access.requireManage(user, classId);
        ClassGroupingInput input = inputs.load(user.schoolId(), classId);
        if (input.students().size() < 2) {
            throw new RuleViolationException("group.error.tooFewStudents");
        }
        GroupingProblem problem = input.problem(form, Map.of(), previousLabels(classId));
        GroupingResult result = GroupingEngine.solve(problem);
        plans.findByClassIdOrderByCreatedAtDescIdDesc(classId).stream()
                .filter(p -> p.isDraft() && p.getCreatedBy().equals(user.getUsername()))
                .forEach(this::deletePlan);
        long saved = plans.countByClassIdAndStatus(classId, PlanStatus.SAVED);
        GroupPlan draft = new GroupPlan(user.schoolId(), classId, "第" + (saved + 1) + "次分组",
                toJson(form), outcomeJson(result), user.getUsername(), clock.instant());
        draft.setNumberingSeed(SEEDS.nextLong()); // member numbers are drawn with this seed (MemberNumbers)
        GroupPlan plan = plans.save(draft);
        storeGroups(plan, input, form, result);
        audit.record("CREATE", "GroupPlan", plan.getId(), AuditText.of("audit.msg.plan.draft", classId,
                result.groups().size()));
        return plan;
    }

    /** Moves one student to another group of a draft (drag and drop). */
    @Transactional
    public void move(HezuoUser user, long planId, long studentId, int toGroupNumber, int seenVersion) {
        GroupPlan plan = requireEditableDraft(user, planId, seenVersion);
        GroupMember member = members.findByPlanIdAndStudentId(planId, studentId)
                .orElseThrow(() -> new NotFoundException("member", studentId));
        StudyGroup target = groups.findByPlanIdOrderByNumberAsc(planId).stream()
                .filter(g -> g.getNumber() == toGroupNumber).findFirst()
                .orElseThrow(() -> new NotFoundException("group", toGroupNumber));
        Long fromGroup = member.getGroupId();
        if (fromGroup.equals(target.getId())) {
            return;
        }
        // The mover takes the next number in the new group and the old group closes the gap: no scores involved.
        int oldNumber = member.getMemberNo();
        int nextNumber = members.findByGroupIdOrderByMemberNoAsc(target.getId()).size() + 1;
        member.moveTo(target.getId(), nextNumber);
        members.findByGroupIdOrderByMemberNoAsc(fromGroup).stream()
                .filter(m -> !m.getId().equals(member.getId()) && m.getMemberNo() > oldNumber)
                .forEach(m -> m.setMemberNo(m.getMemberNo() - 1));
        touch(plan);
        audit.record("MOVE", "GroupPlan", planId, AuditText.of("audit.msg.plan.move", studentId, toGroupNumber));
    }

    /** Locks a student into their group so a re-run keeps them there. */
    @Transactional
    public void setLocked(HezuoUser user, long planId, long studentId, boolean locked, int seenVersion) {
        GroupPlan plan = requireEditableDraft(user, planId, seenVersion);
        GroupMember member = members.findByPlanIdAndStudentId(planId, studentId)
                .orElseThrow(() -> new NotFoundException("member", studentId));
        member.setLocked(locked);
        touch(plan);
        audit.record(locked ? "LOCK" : "UNLOCK", "GroupPlan", planId, AuditText.of("audit.msg.student", studentId));
    }

    /** Re-runs the engine for everyone who is not locked; locked students stay in their groups. */
    @Transactional
    public void rerun(HezuoUser user, long planId, int seenVersion) {
        GroupPlan plan = requireEditableDraft(user, planId, seenVersion);
        GroupingForm form = settings(plan);
        ClassGroupingInput input = inputs.load(user.schoolId(), plan.getClassId());
        Map<Long, Integer> numberByGroupId = new HashMap<>();
        groups.findByPlanIdOrderByNumberAsc(planId).forEach(g -> numberByGroupId.put(g.getId(), g.getNumber()));
        Map<Long, Integer> fixed = new LinkedHashMap<>();
        List<GroupMember> current = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(planId);
        current.stream().filter(GroupMember::isLocked)
                .forEach(m -> fixed.put(m.getStudentId(), numberByGroupId.get(m.getGroupId()) - 1));
        GroupingResult result = GroupingEngine.solve(input.problem(form, fixed, previousLabels(plan.getClassId())));
        members.deleteByPlanId(planId);
        groups.deleteByPlanId(planId);
        entityManager.flush();
        storeGroups(plan, input, form, result);
        members.findByPlanIdOrderByGroupIdAscMemberNoAsc(planId).stream()
                .filter(m -> fixed.containsKey(m.getStudentId())).forEach(m -> m.setLocked(true));
        plan.setOutcome(outcomeJson(result));
        touch(plan);
        audit.record("RERUN", "GroupPlan", planId, AuditText.of("audit.msg.plan.rerun", fixed.size()));
    }

    /** Names a draft and keeps it; from now on it is history and never changes. */
    @Transactional
    public void save(HezuoUser user, long planId, String name, int seenVersion) {
        GroupPlan plan = requireEditableDraft(user, planId, seenVersion);
        plan.save(name.trim(), clock.instant());
        audit.record("SAVE", "GroupPlan", planId, AuditText.of("audit.msg.name", name.trim()));
    }

    /** Makes a saved plan the class's active plan, carrying group names, mottos and goals over (the default). */
    @Transactional
    public void activate(HezuoUser user, long planId) {
        activate(user, planId, true);
    }

    /**
     * Makes a saved plan the class's active plan (the previous one stays as history). A plan whose numbers were
     * never drawn (numbered by strength before issue 11) gets its numbers drawn now; otherwise they stay. With
     * {@code carryIdentity} each new group takes the 组名, 组训 and goals of the previous plan's group that holds
     * the majority of its members ({@link IdentityCarryOver}).
     */
    @Transactional
    public void activate(HezuoUser user, long planId, boolean carryIdentity) {
        GroupPlan plan = find(user, planId);
        access.requireManage(user, plan.getClassId());
        if (plan.isDraft()) {
            throw new RuleViolationException("group.error.saveFirst");
        }
        if (plan.isActive()) {
            return;
        }
        java.util.Optional<GroupPlan> previous = plans.findByClassIdAndActiveTrue(plan.getClassId())
                .filter(p -> !p.getId().equals(planId));
        previous.ifPresent(p -> p.setActive(false));
        entityManager.flush();
        if (plan.getNumberingSeed() == null) {
            drawNumbers(plan);
        }
        plan.activate(clock.instant());
        String carried = "";
        if (carryIdentity && previous.isPresent()) {
            Map<Long, Long> matches = carryOver.carry(previous.get().getId(), planId);
            carried = ", identity carried over for " + matches.size() + " groups";
            events.publishEvent(new GroupIdentityCarried(previous.get().getId(), planId, Map.copyOf(matches)));
        }
        audit.record("ACTIVATE", "GroupPlan", planId, AuditText.of("audit.msg.plan.activated", plan.getName(),
                plan.getClassId()));
    }

    /**
     * The teacher's own numbering of one group (1..n, each once). Allowed on any plan of the class the teacher
     * manages; numbers otherwise never change during the plan's life.
     */
    @Transactional
    public void renumber(HezuoUser user, long planId, int groupNumber, Map<Long, Integer> numbers) {
        GroupPlan plan = find(user, planId);
        access.requireManage(user, plan.getClassId());
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(planId).stream()
                .filter(g -> g.getNumber() == groupNumber).findFirst()
                .orElseThrow(() -> new NotFoundException("group", groupNumber));
        List<GroupMember> list = members.findByGroupIdOrderByMemberNoAsc(group.getId());
        String problem = MemberNumbers.problem(list.stream().map(GroupMember::getStudentId).toList(), numbers);
        if (problem != null) {
            throw new RuleViolationException(problem, groupNumber, list.size());
        }
        StringBuilder change = new StringBuilder();
        for (GroupMember m : list) {
            int to = numbers.get(m.getStudentId());
            if (to != m.getMemberNo()) {
                change.append(change.length() == 0 ? "" : ", ").append("#").append(m.getStudentId()).append(": ").append(m.getMemberNo()).append("→").append(to);
                m.setMemberNo(to);
            }
        }
        if (plan.isDraft()) {
            touch(plan);
        }
        audit.record("RENUMBER", "GroupPlan", planId, AuditText.of("audit.msg.plan.renumbered", groupNumber,
                change.length() == 0 ? "—" : change.toString()));
    }

    /** Draws the member numbers of every group of a plan that has none drawn yet (see {@link MemberNumbers}). */
    @Transactional
    public void drawNumbers(GroupPlan plan) {
        long seed = SEEDS.nextLong();
        plan.setNumberingSeed(seed);
        List<GroupMember> all = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId());
        for (StudyGroup group : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
            List<GroupMember> mates = all.stream().filter(m -> m.getGroupId().equals(group.getId())).toList();
            Map<Long, Integer> drawn = MemberNumbers.draw(mates.stream().map(GroupMember::getStudentId).toList(), seed,
                    group.getNumber());
            mates.forEach(m -> m.setMemberNo(drawn.get(m.getStudentId())));
        }
    }

    @Transactional
    public long discard(HezuoUser user, long planId) {
        GroupPlan plan = find(user, planId);
        access.requireManage(user, plan.getClassId());
        if (!plan.isDraft()) {
            throw new RuleViolationException("group.error.savedPlansStay");
        }
        deletePlan(plan);
        audit.record("DELETE", "GroupPlan", planId, AuditText.of("audit.msg.plan.discarded"));
        return plan.getClassId();
    }

    GroupingForm settings(GroupPlan plan) {
        try {
            return json.readValue(plan.getSettings(), GroupingForm.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable plan settings " + plan.getId(), e);
        }
    }

    GroupPlan find(HezuoUser user, long planId) {
        return plans.findByIdAndSchoolId(planId, user.schoolId()).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    private GroupPlan requireEditableDraft(HezuoUser user, long planId, int seenVersion) {
        GroupPlan plan = find(user, planId);
        access.requireManage(user, plan.getClassId());
        if (!plan.isDraft()) {
            throw new RuleViolationException("group.error.savedPlansStay");
        }
        if (plan.getVersion() != seenVersion) {
            throw new RuleViolationException("group.error.staleEdit");
        }
        return plan;
    }

    /** Any change to a draft bumps its version, so a second teacher's stale page is detected. */
    private void touch(GroupPlan plan) {
        entityManager.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void storeGroups(GroupPlan plan, ClassGroupingInput input, GroupingForm form, GroupingResult result) {
        int[] groupOf = result.groupOf();
        List<List<Long>> byGroup = new ArrayList<>();
        for (int g = 0; g < result.groups().size(); g++) {
            byGroup.add(new ArrayList<>());
        }
        for (int i = 0; i < groupOf.length; i++) {
            byGroup.get(groupOf[i]).add(input.students().get(i).getId());
        }
        for (int g = 0; g < byGroup.size(); g++) {
            StudyGroup group = groups.save(new StudyGroup(plan.getId(), g + 1));
            Map<Long, Integer> numbers = MemberNumbers.draw(byGroup.get(g), plan.getNumberingSeed(), g + 1);
            numbers.forEach((studentId, number) -> members.save(new GroupMember(plan.getId(), group.getId(), studentId,
                    number)));
        }
    }

    private Map<Long, String> previousLabels(long classId) {
        Map<Long, String> labels = new HashMap<>();
        plans.findByClassIdAndActiveTrue(classId).ifPresent(active -> {
            Map<Long, Integer> numbers = new HashMap<>();
            groups.findByPlanIdOrderByNumberAsc(active.getId()).forEach(g -> numbers.put(g.getId(), g.getNumber()));
            members.findByPlanIdOrderByGroupIdAscMemberNoAsc(active.getId())
                    .forEach(m -> labels.put(m.getStudentId(), String.valueOf(numbers.get(m.getGroupId()))));
        });
        return labels;
    }

    private void deletePlan(GroupPlan plan) {
        members.deleteByPlanId(plan.getId());
        groups.deleteByPlanId(plan.getId());
        plans.delete(plan);
    }

    private String toJson(GroupingForm form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the engine said (warnings), kept with the plan for the history page. */
    private String outcomeJson(GroupingResult result) {
        List<Map<String, Object>> notices = new ArrayList<>();
        result.notices().forEach(n -> notices.add(Map.of("key", n.key(), "args", n.args(), "message", n.message())));
        try {
            String text = json.writeValueAsString(Map.of("notices", notices));
            return text.length() > 4000 ? "{\"notices\":[]}" : text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Subject> chosenSubjects(HezuoUser user, GroupPlan plan) {
        ClassGroupingInput input = inputs.load(user.schoolId(), plan.getClassId());
        return input.chosenSubjects(settings(plan));
    }
}
