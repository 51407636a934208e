package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.Role;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.teacher.Teacher;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gives every demo class an active grouping plan, formed by its head teacher through the same service a
 * teacher uses (so the access rules apply): groups of six, 2:2:2 tiers, boys and girls balanced.
 */
@Component
class DemoGroups {

    static final String PLAN_NAME = "第一学期第1次分组";

    private final GroupPlanService plans;
    private final DemoGroupLife groupLife;

    DemoGroups(GroupPlanService plans, DemoGroupLife groupLife) {
        this.plans = plans;
        this.groupLife = groupLife;
    }

    void formGroups(SchoolClass schoolClass, Teacher head, Account headAccount) {
        HezuoUser asHeadTeacher = new HezuoUser(headAccount.getId(), schoolClass.getSchoolId(),
                headAccount.getUsername(), headAccount.getPasswordHash(), headAccount.getDisplayName(), Role.TEACHER,
                head.getId(), null, true, false);
        GroupingForm form = new GroupingForm(6, SizeMode.AT_MOST, List.of(), "2:2:2", true, false, List.of(), List.of(),
                List.of(), false, DemoSchool.SEED);
        GroupPlan plan = plans.createDraft(asHeadTeacher, schoolClass.getId(), form);
        plans.save(asHeadTeacher, plan.getId(), PLAN_NAME, plan.getVersion());
        plans.activate(asHeadTeacher, plan.getId());
        groupLife.enliven(asHeadTeacher, plan);
    }
}
