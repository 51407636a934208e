package cn.hezuo.mutualhelp.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.MutableClock;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What study plans, goal check-ins and monthly reviews (V75, V76) need from their database, the same on H2,
 * PostgreSQL and MariaDB: rows round-trip with Chinese text (a full 500-character plan), days and instants to the
 * millisecond; lists come in their stated order; and the unique keys that make double submits one row hold past the
 * services' look-ups: one plan per group, one check-in per (plan, request id) and (student, request id), one review
 * per group and month. Group ids are bare numbers in these tables (no foreign key), so each test takes fresh ones.
 */
abstract class StudyPlansRepositoryContract {

    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired StudyPlanRepository plans;
    @Autowired PlanCheckInRepository planCheckIns;
    @Autowired GoalCheckInRepository goalCheckIns;
    @Autowired GoalReviewRepository reviews;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired MutableClock clock;

    private SchoolClass schoolClass;
    private List<Long> students;

    abstract String expectedDatabaseProduct();

    @BeforeEach
    void demoClass() {
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        students = people.classNames(schoolClass.getId()).keySet().stream().sorted().limit(2).toList();
    }

    @Test
    void runsOnItsDatabase() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo(expectedDatabaseProduct());
        }
    }

    @Test
    void aPlanRoundTripsWithFullLengthChineseTextAndItsEditCountsAVersion() {
        long group = freshGroupId();
        String content = "每天放学后小组一起复习当天的数学作业并互相讲题".repeat(25).substring(0, 500);
        Instant at = clock.instant().plusMillis(125);
        long id = tx(() -> plans.saveAndFlush(plan(group, new PlanService.PlanForm(content, "期中数学平均分提高五分",
                "第十三周至第十六周", "组长每周检查，错题本互查"), at)).getId());
        StudyPlan loaded = plans.findByGroupId(group).orElseThrow();
        assertThat(loaded.getId()).isEqualTo(id);
        assertThat(loaded.getContent()).isEqualTo(content).hasSize(500);
        assertThat(loaded.getGoals()).isEqualTo("期中数学平均分提高五分");
        assertThat(loaded.getPeriod()).isEqualTo("第十三周至第十六周");
        assertThat(loaded.getMethod()).isEqualTo("组长每周检查，错题本互查");
        assertThat(loaded.getUpdatedAt()).isEqualTo(at);
        assertThat(loaded.getGroupNo()).isEqualTo(4);

        Instant later = at.plusSeconds(90);
        tx(() -> {
            plans.findById(id).orElseThrow().write(new PlanService.PlanForm("改过的计划", "目标", "本月", "方法"),
                    "head0802", later);
            return null;
        });
        StudyPlan edited = plans.findById(id).orElseThrow();
        assertThat(edited.getContent()).isEqualTo("改过的计划");
        assertThat(edited.getUpdatedAt()).isEqualTo(later);
        assertThat(edited.getVersion()).isEqualTo(loaded.getVersion() + 1);
        assertThat(plans.findByClassIdOrderByGroupNoAscIdAsc(schoolClass.getId())).extracting(StudyPlan::getId)
                .contains(id);
    }

    @Test
    void oneGroupHasOnePlanEvenPastTheServiceCheck() {
        long group = freshGroupId();
        PlanService.PlanForm form = new PlanService.PlanForm("计划", "目标", "本周", "方法");
        tx(() -> plans.saveAndFlush(plan(group, form, clock.instant())));
        assertThatThrownBy(() -> tx(() -> plans.saveAndFlush(plan(group, form, clock.instant()))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void weeklyCheckInsComeNewestWeekFirstAndARequestIdCountsOnce() {
        StudyPlan plan = tx(() -> plans.saveAndFlush(plan(freshGroupId(),
                new PlanService.PlanForm("计划", "目标", "本月", "方法"), clock.instant())));
        LocalDate monday = LocalDate.of(2026, 11, 23);
        String requestId = UUID.randomUUID().toString();
        long first = tx(() -> planCheckIns.saveAndFlush(new PlanCheckIn(plan, monday, CheckInStatus.PARTLY,
                "周三的练习没做完。", students.get(0), requestId, clock.instant())).getId());
        long second = tx(() -> planCheckIns.saveAndFlush(new PlanCheckIn(plan, monday.plusWeeks(1),
                CheckInStatus.ACHIEVED, null, students.get(1), UUID.randomUUID().toString(), clock.instant())).getId());
        List<PlanCheckIn> read = planCheckIns.findByPlanIdOrderByWeekMondayDescIdDesc(plan.getId());
        assertThat(read).extracting(PlanCheckIn::getId).containsExactly(second, first);
        assertThat(read.get(1).getStatus()).isEqualTo(CheckInStatus.PARTLY);
        assertThat(read.get(1).getNote()).isEqualTo("周三的练习没做完。");
        assertThat(read.get(1).getWeekMonday()).isEqualTo(monday);
        assertThat(read.get(1).getStudentId()).isEqualTo(students.get(0));

        assertThatThrownBy(() -> tx(() -> planCheckIns.saveAndFlush(new PlanCheckIn(plan, monday,
                CheckInStatus.MISSED, null, students.get(0), requestId, clock.instant()))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(planCheckIns.findByPlanIdAndRequestId(plan.getId(), requestId).orElseThrow().getId())
                .isEqualTo(first);
    }

    @Test
    void aGoalCheckInKeepsTheGoalsWordingAndARequestIdPerStudentCountsOnce() {
        long group = freshGroupId();
        GroupGoalsQuery.Goal goal = new GroupGoalsQuery.Goal(1L, group, 5, GroupGoalsQuery.Kind.PERSONAL_SHORT,
                students.get(0), "两周内把英语单词默写全对");
        LocalDate day = LocalDate.of(2026, 12, 4);
        String requestId = UUID.randomUUID().toString();
        long id = tx(() -> goalCheckIns.saveAndFlush(new GoalCheckIn(schoolClass.getSchoolId(), schoolClass.getId(),
                goal, CheckInStatus.ACHIEVED, "这周默写全对了！", day, students.get(0), requestId,
                clock.instant())).getId());
        GoalCheckIn read = goalCheckIns.findByStudentIdAndRequestId(students.get(0), requestId).orElseThrow();
        assertThat(read.getId()).isEqualTo(id);
        assertThat(read.getGoalKind()).isEqualTo(GroupGoalsQuery.Kind.PERSONAL_SHORT);
        assertThat(read.getOwnerId()).isEqualTo(students.get(0));
        assertThat(read.getGoalText()).isEqualTo("两周内把英语单词默写全对");
        assertThat(read.getNote()).isEqualTo("这周默写全对了！");
        assertThat(read.getOnDay()).isEqualTo(day);
        assertThat(read.getGroupNo()).isEqualTo(5);
        assertThat(goalCheckIns.findByClassIdAndOnDayBetweenOrderByGroupNoAscOnDayAscIdAsc(schoolClass.getId(), day,
                day)).extracting(GoalCheckIn::getId).contains(id);

        assertThatThrownBy(() -> tx(() -> goalCheckIns.saveAndFlush(new GoalCheckIn(schoolClass.getSchoolId(),
                schoolClass.getId(), goal, CheckInStatus.MISSED, null, day, students.get(0), requestId,
                clock.instant())))).isInstanceOf(DataIntegrityViolationException.class);
        // Another student may send the same request id (ids are made per browser).
        long other = tx(() -> goalCheckIns.saveAndFlush(new GoalCheckIn(schoolClass.getSchoolId(), schoolClass.getId(),
                goal, CheckInStatus.PARTLY, null, day.plusDays(1), students.get(1), requestId, clock.instant()))
                .getId());
        assertThat(goalCheckIns.findByGroupIdOrderByOnDayDescIdDesc(group)).extracting(GoalCheckIn::getId)
                .containsExactly(other, id);
    }

    @Test
    void aMonthlyReviewRoundTripsAndAGroupHasOneReviewPerMonth() {
        long group = freshGroupId();
        Instant at = clock.instant().plusMillis(375);
        tx(() -> {
            GoalReview review = new GoalReview(schoolClass.getSchoolId(), schoolClass.getId(), group, "2026-11");
            review.review("本月小组目标基本达成，继续保持。", "head0802", at);
            return reviews.saveAndFlush(review);
        });
        GoalReview read = reviews.findByGroupIdAndMonth(group, "2026-11").orElseThrow();
        assertThat(read.getComment()).isEqualTo("本月小组目标基本达成，继续保持。");
        assertThat(read.getReviewedBy()).isEqualTo("head0802");
        assertThat(read.getReviewedAt()).isEqualTo(at);
        assertThat(reviews.findByClassIdAndMonth(schoolClass.getId(), "2026-11")).extracting(GoalReview::getId)
                .contains(read.getId());

        assertThatThrownBy(() -> tx(() -> {
            GoalReview twice = new GoalReview(schoolClass.getSchoolId(), schoolClass.getId(), group, "2026-11");
            twice.review(null, "head0802", clock.instant());
            return reviews.saveAndFlush(twice);
        })).isInstanceOf(DataIntegrityViolationException.class);
        tx(() -> {
            GoalReview next = new GoalReview(schoolClass.getSchoolId(), schoolClass.getId(), group, "2026-12");
            next.review(null, "head0802", clock.instant());
            return reviews.saveAndFlush(next);
        });
        assertThat(reviews.findByGroupIdAndMonth(group, "2026-12").orElseThrow().getComment()).isNull();
    }

    private StudyPlan plan(long group, PlanService.PlanForm form, Instant at) {
        StudyPlan plan = new StudyPlan(schoolClass.getSchoolId(), schoolClass.getId(), group, 4);
        plan.write(form, "head0802", at);
        return plan;
    }

    private static long freshGroupId() {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(s -> work.get());
    }
}
