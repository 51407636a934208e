package cn.hezuo.group.identity;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
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
        Changes changes = Changes.of().field("groupName", group.getName(), blankToNull(form.name()))
                .field("motto", group.getMotto(), blankToNull(form.motto()))
                .field("goalMidterm", group.getGoalMidterm(), blankToNull(form.goalMidterm()))
                .field("goalMidtermStatus", status(group.getGoalMidtermStatus()), status(statusOf(form.goalMidtermStatus())))
                .field("goalFinal", group.getGoalFinal(), blankToNull(form.goalFinal()))
                .field("goalFinalStatus", status(group.getGoalFinalStatus()), status(statusOf(form.goalFinalStatus())))
                .field("goalYear", group.getGoalYear(), blankToNull(form.goalYear()))
                .field("goalYearStatus", status(group.getGoalYearStatus()), status(statusOf(form.goalYearStatus())));
        group.setName(blankToNull(form.name()));
        group.setMotto(blankToNull(form.motto()));
        group.setGoals(blankToNull(form.goalMidterm()), statusOf(form.goalMidtermStatus()),
                blankToNull(form.goalFinal()), statusOf(form.goalFinalStatus()),
                blankToNull(form.goalYear()), statusOf(form.goalYearStatus()));
        audit.record("UPDATE", "StudyGroup", groupId, changes.text(AuditText.of("calling.groupNo", group.getNumber())));
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
        Changes changes = Changes.of().field("shortTerm", goal.getShortTerm(), blankToNull(form.shortTerm()))
                .field("longTerm", goal.getLongTerm(), blankToNull(form.longTerm()));
        goal.update(blankToNull(form.shortTerm()), blankToNull(form.longTerm()));
        audit.record("UPDATE", "MemberGoal", goal.getId(),
                changes.text(AuditText.of("audit.msg.student", studentId)));
    }

    /** A goal status as a translated audit value (null when there is no status). */
    private static AuditText status(String name) {
        return name == null ? null : AuditText.of("grouplife.goal.status." + name);
    }

    private static String statusOf(GoalStatus status) {
        return Objects.requireNonNullElse(status, GoalStatus.IN_PROGRESS).name();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
