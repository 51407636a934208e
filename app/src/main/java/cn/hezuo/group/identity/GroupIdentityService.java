package cn.hezuo.group.identity;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.roles.GroupContext;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.system.NotFoundException;
import java.util.Objects;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Edits a group's 组名, 组训 and goals, and its members' personal goals (head teacher or the group's leader). */
@Service
public class GroupIdentityService {

    private final GroupLifeAccess access;
    private final GroupMemberRepository members;
    private final MemberGoalRepository goals;
    private final AuditTrail audit;

    GroupIdentityService(GroupLifeAccess access, GroupMemberRepository members, MemberGoalRepository goals,
                         AuditTrail audit) {
        this.access = access;
        this.members = members;
        this.goals = goals;
        this.audit = audit;
    }

    @Transactional
    public void updateIdentity(HezuoUser user, long groupId, GroupIdentityForm form) {
        GroupContext context = access.requireEdit(user, groupId);
        StudyGroup group = context.group();
        if (form.version() == null || form.version() != group.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(StudyGroup.class, groupId);
        }
        String before = describe(group);
        group.setName(blankToNull(form.name()));
        group.setMotto(blankToNull(form.motto()));
        group.setGoals(blankToNull(form.goalMidterm()), statusOf(form.goalMidtermStatus()),
                blankToNull(form.goalFinal()), statusOf(form.goalFinalStatus()),
                blankToNull(form.goalYear()), statusOf(form.goalYearStatus()));
        audit.record("UPDATE", "StudyGroup", groupId, before + " → " + describe(group));
    }

    @Transactional
    public void updateMemberGoals(HezuoUser user, long groupId, long studentId, MemberGoalForm form) {
        GroupContext context = access.requireEdit(user, groupId);
        members.findByPlanIdAndStudentId(context.plan().getId(), studentId)
                .filter(m -> m.getGroupId().equals(groupId))
                .orElseThrow(() -> new NotFoundException("member", studentId));
        MemberGoal goal = goals.findByPlanIdAndStudentId(context.plan().getId(), studentId).orElse(null);
        if (goal == null) {
            if (form.version() != null) {
                throw new ObjectOptimisticLockingFailureException(MemberGoal.class, studentId);
            }
            goal = goals.save(new MemberGoal(context.plan().getId(), studentId));
        } else if (form.version() == null || form.version() != goal.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(MemberGoal.class, studentId);
        }
        String before = "short=" + goal.getShortTerm() + ", long=" + goal.getLongTerm();
        goal.update(blankToNull(form.shortTerm()), blankToNull(form.longTerm()));
        audit.record("UPDATE", "MemberGoal", goal.getId(), "student " + studentId + ": " + before + " → short="
                + goal.getShortTerm() + ", long=" + goal.getLongTerm());
    }

    private static String describe(StudyGroup g) {
        return "name=" + g.getName() + ", motto=" + g.getMotto() + ", 期中=" + g.getGoalMidterm() + "("
                + g.getGoalMidtermStatus() + "), 期末=" + g.getGoalFinal() + "(" + g.getGoalFinalStatus() + "), 学年="
                + g.getGoalYear() + "(" + g.getGoalYearStatus() + ")";
    }

    private static String statusOf(GoalStatus status) {
        return Objects.requireNonNullElse(status, GoalStatus.IN_PROGRESS).name();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
