package cn.hezuo.mutualhelp.plans;

import cn.hezuo.group.identity.GroupGoalsQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes study plans, their check-ins and goal check-ins without a signed-in person: the demo school's and the rows
 * tests start from. Not used by any page.
 */
@Component
public class PlanSeeds {

    private final StudyPlanRepository plans;
    private final PlanCheckInRepository planCheckIns;
    private final GoalCheckInRepository goalCheckIns;
    private final GroupGoalsQuery goals;
    private final People people;
    private final Clock clock;

    PlanSeeds(StudyPlanRepository plans, PlanCheckInRepository planCheckIns, GoalCheckInRepository goalCheckIns,
              GroupGoalsQuery goals, People people, Clock clock) {
        this.plans = plans;
        this.planCheckIns = planCheckIns;
        this.goalCheckIns = goalCheckIns;
        this.goals = goals;
        this.people = people;
        this.clock = clock;
    }

    /** The study plan of the student's group this week (written if it has none); its id. */
    @Transactional
    public long plan(long studentId) {
        Student s = people.student(studentId).orElseThrow();
        People.Placement placement = people.placement(s).orElseThrow();
        return plan(s.getSchoolId(), s.getClassId(), placement.groupId(), placement.groupNo()).getId();
    }

    private StudyPlan plan(long schoolId, long classId, long groupId, int groupNo) {
        return plans.findByGroupId(groupId).orElseGet(() -> {
            StudyPlan plan = new StudyPlan(schoolId, classId, groupId, groupNo);
            plan.write(new PlanService.PlanForm("数学：第三章 一元一次方程；英语：Unit 3 单词和课文", "本章测验全组都过关；每人每周背熟 30 个单词",
                    "第 10–13 周，每周二、四午休 20 分钟", "组长分配任务，两人一组互相检查，周五组内小测"), "system",
                    clock.instant());
            return plans.save(plan);
        });
    }

    /** Every group of the class: a plan, check-ins of two members last week and one this week, goal check-ins. */
    @Transactional
    public void demo(long schoolId, long classId) {
        WeekRoles roles = people.rolesThisWeek(schoolId, classId).orElse(null);
        if (roles == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate thisWeek = SchoolCalendar.mondayOf(today);
        for (List<MemberRoles> group : roles.byGroup().values()) {
            StudyPlan plan = plan(schoolId, classId, group.get(0).groupId(), group.get(0).groupNumber());
            CheckInStatus[] statuses = CheckInStatus.values();
            for (int m = 0; m < Math.min(2, group.size()); m++) {
                planCheckIns.save(new PlanCheckIn(plan, thisWeek.minusWeeks(1), statuses[(m + group.get(0).groupNumber()) % 3],
                        m == 0 ? "单词听写全对，方程还要多练。" : null, group.get(m).studentId(), UUID.randomUUID().toString(),
                        clock.instant()));
            }
            planCheckIns.save(new PlanCheckIn(plan, thisWeek, CheckInStatus.ACHIEVED, "按计划完成。",
                    group.get(0).studentId(), UUID.randomUUID().toString(), clock.instant()));
            long first = group.get(0).studentId();
            for (GroupGoalsQuery.Goal goal : goals.ofStudent(classId, first)) {
                goalCheckIns.save(new GoalCheckIn(schoolId, classId, goal, goal.kind().personal() ? CheckInStatus.PARTLY
                        : CheckInStatus.ACHIEVED, "这个月坚持下来了。", sameMonth(today, goal.kind().personal() ? 3 : 10),
                        first, UUID.randomUUID().toString(), clock.instant()));
            }
        }
    }

    /** A few days back, but inside this month, so the head teacher's review of this month shows it. */
    private static LocalDate sameMonth(LocalDate today, int daysBack) {
        return today.minusDays(Math.min(daysBack, today.getDayOfMonth() - 1));
    }
}
