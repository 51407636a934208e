package cn.hezuo.demo;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.identity.GoalStatus;
import cn.hezuo.group.identity.GroupIdentityForm;
import cn.hezuo.group.identity.GroupIdentityService;
import cn.hezuo.group.identity.MemberGoalForm;
import cn.hezuo.group.roles.RoleScheme;
import cn.hezuo.group.roles.RoleSchemeService;
import cn.hezuo.group.roles.SchemeKind;
import cn.hezuo.group.seating.SeatingService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Gives a demo class's active plan a group life, through the services a head teacher uses: 组名, 组训 and goals
 * for every group, personal goals for the first two members, the rotating role scheme (every week) and a seating
 * chart.
 */
@Component
class DemoGroupLife {

    private static final List<String> NAMES = List.of("雄鹰队", "星火队", "启航队", "追梦队", "飞跃队", "磐石队",
            "青竹队", "朝阳队", "奔腾队", "智慧队");
    private static final List<String> MOTTOS = List.of("团结互助，共同进步", "星星之火，可以燎原", "扬帆起航，勇往直前",
            "有梦想，就去追", "超越自我，飞跃梦想", "坚如磐石，稳步向前", "虚心向上，节节攀高", "朝气蓬勃，积极向上",
            "奋勇争先，永不言弃", "勤思善问，乐学善学");

    private final GroupIdentityService identity;
    private final RoleSchemeService schemes;
    private final SeatingService seating;
    private final GroupDirectory groups;

    DemoGroupLife(GroupIdentityService identity, RoleSchemeService schemes, SeatingService seating,
                  GroupDirectory groups) {
        this.identity = identity;
        this.schemes = schemes;
        this.seating = seating;
        this.groups = groups;
    }

    void enliven(HezuoUser headTeacher, GroupPlan plan) {
        for (StudyGroup group : groups.groupsOf(plan.getId())) {
            int i = (group.getNumber() - 1) % NAMES.size();
            identity.updateIdentity(headTeacher, group.getId(), new GroupIdentityForm(NAMES.get(i), MOTTOS.get(i),
                    "期中小组平均分进入年级前五", GoalStatus.IN_PROGRESS, "期末每位组员至少一科进步10分", GoalStatus.IN_PROGRESS,
                    "学年评为优秀学习小组", GoalStatus.IN_PROGRESS, group.getVersion()));
            List<GroupMember> mates = groups.membersOfGroup(group.getId());
            for (GroupMember mate : mates.subList(0, Math.min(2, mates.size()))) {
                identity.updateMemberGoals(headTeacher, group.getId(), mate.getStudentId(),
                        new MemberGoalForm("上课主动发言，每周至少三次", "成为同学信赖的好帮手", null));
            }
        }
        schemes.updateScheme(headTeacher, plan.getClassId(), SchemeKind.ROTATING,
                String.join("、", RoleScheme.DEFAULT_ROLES), 1, null);
        seating.generate(headTeacher, plan.getClassId(), 9, 8, "2,4,6");
    }
}
