package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.commendation.AwardKind;
import cn.hezuo.commendation.ClassCommendation;
import cn.hezuo.commendation.CommendationService;
import cn.hezuo.commendation.ConfirmCommand;
import cn.hezuo.commendation.Proposal;
import cn.hezuo.commendation.ProposalSettings;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvalItem;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.evaluation.EvaluationSeeds;
import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.TeacherDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Demo data for 七年级1班's 每月表彰: evaluation points for the last two months (awarded through the evaluation's
 * {@link AwardService} like a teacher's taps, then dated back into those months, because awards are always recorded
 * "now") and a confirmed commendation of last month by the head teacher, with one 合作之星 title.
 */
@Component
class DemoCommendations {

    static final String STAR_TITLE = "合作之星";

    private final ClassDirectory classes;
    private final AccountDirectory accounts;
    private final TeacherDirectory teachers;
    private final SchoolCalendar calendar;
    private final GroupDirectory groups;
    private final EvaluationItemService itemService;
    private final AwardService awards;
    private final CommendationService commendations;
    private final EvaluationSeeds seeds;
    private final Clock clock;

    /** Emptied between the records of a loop: see {@link PersistenceContextReset} (the loops pass ids only). */
    @org.springframework.beans.factory.annotation.Autowired
    private PersistenceContextReset reset;

    DemoCommendations(ClassDirectory classes, AccountDirectory accounts, TeacherDirectory teachers,
                      SchoolCalendar calendar, GroupDirectory groups, EvaluationItemService itemService,
                      AwardService awards, CommendationService commendations, EvaluationSeeds seeds, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.teachers = teachers;
        this.calendar = calendar;
        this.groups = groups;
        this.itemService = itemService;
        this.awards = awards;
        this.commendations = commendations;
        this.seeds = seeds;
        this.clock = clock;
    }

    void load(long schoolId) {
        SchoolClass schoolClass = classes.ofSchool(schoolId).stream()
                .filter(c -> c.getName().equals(DemoSchool.className(0, 1))).findFirst().orElseThrow();
        HezuoUser head = teacher(DemoSchool.headUsername(0, 1));
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        Random random = new Random(DemoSchool.SEED + 5);
        if (!hasPoints(schoolClass.getId(), lastMonth)) {
            awardMonth(head, schoolClass, lastMonth.minusMonths(1), random, 1);
            awardMonth(head, schoolClass, lastMonth, random, 3);
        }
        confirm(head, schoolClass.getId(), lastMonth);
    }

    /** A handful of group awards and member awards per group, dated to working hours of the month. */
    private void awardMonth(HezuoUser head, SchoolClass schoolClass, YearMonth month, Random random, int intensity) {
        List<EvalItem> praise = itemService.activeItems(schoolClass.getId()).stream()
                .filter(i -> i.getPoints() > 0).toList();
        GroupPlan plan = groups.activePlanOf(schoolClass.getId()).orElseThrow();
        SchoolTerm term = calendar.terms(schoolClass.getSchoolId()).get(0);
        for (StudyGroup group : groups.groupsOf(plan.getId())) {
            int groupAwards = intensity + random.nextInt(1 + 2 * intensity);
            for (int n = 0; n < groupAwards; n++) {
                award(head, schoolClass.getId(), praise.get(random.nextInt(praise.size())), AwardTarget.GROUP,
                        group.getId(), null, month, term, random);
            }
            // Some members earn individual points too (they also count toward the group: 捆绑评价).
            for (GroupMember member : groups.membersOfGroup(group.getId())) {
                if (random.nextInt(4) < intensity - 1) {
                    award(head, schoolClass.getId(), praise.get(random.nextInt(praise.size())), AwardTarget.STUDENTS,
                            null, List.of(member.getStudentId()), month, term, random);
                }
            }
            reset.flushAndClear();
        }
    }

    private void award(HezuoUser head, long classId, EvalItem item, AwardTarget target, Long groupId,
                       List<Long> studentIds, YearMonth month, SchoolTerm term, Random random) {
        long actionId = awards.award(head, classId, new AwardRequest(UUID.randomUUID().toString(), item.getId(), target,
                groupId, studentIds)).actionId();
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        Instant at = day.atTime(8 + random.nextInt(8), random.nextInt(60)).atZone(clock.getZone()).toInstant();
        seeds.backdate(actionId, at, term.contains(day) ? term.weekNumber(day) : null);
    }

    /** Confirms what the system proposes with the default criteria; the first 优秀个人 gets the title 合作之星. */
    private void confirm(HezuoUser head, long classId, YearMonth month) {
        ClassCommendation page = commendations.page(head, classId, month, ProposalSettings.defaults());
        if (page.current() != null) {
            return;
        }
        Map<Long, ConfirmCommand.Choice> groupChoices = new LinkedHashMap<>();
        for (Proposal.GroupLine line : page.proposal().groups()) {
            if (line.proposed()) {
                groupChoices.put(line.group().groupId(), new ConfirmCommand.Choice(null, null));
            }
        }
        Map<Long, ConfirmCommand.Choice> studentChoices = new LinkedHashMap<>();
        for (Proposal.StudentLine line : page.proposal().students()) {
            if (line.proposed()) {
                studentChoices.put(line.student().studentId(),
                        new ConfirmCommand.Choice(studentChoices.isEmpty() ? STAR_TITLE : null, null));
            }
        }
        if (groupChoices.isEmpty() && studentChoices.isEmpty()) {
            return;
        }
        commendations.confirm(head, classId, new ConfirmCommand(month, page.proposal().settings(), 0, groupChoices,
                studentChoices));
    }

    private boolean hasPoints(long classId, YearMonth month) {
        return seeds.anyAward(classId, month.atDay(1).atStartOfDay(clock.getZone()).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private HezuoUser teacher(String username) {
        Account account = accounts.byUsername(username).orElseThrow();
        long teacherId = teachers.byAccount(account.getId()).orElseThrow().getId();
        return new HezuoUser(account.getId(), account.getSchoolId(), username, account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), teacherId, null, true, false);
    }
}
