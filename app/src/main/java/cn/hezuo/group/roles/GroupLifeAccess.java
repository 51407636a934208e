package cn.hezuo.group.roles;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see or edit a group's life. Teachers of the class read, the head teacher and admins manage; a student
 * reads only their own group of the active plan and edits it (identity, goals) only as its leader.
 */
@Component
public class GroupLifeAccess {

    private final StudyGroupRepository groups;
    private final GroupPlanRepository plans;
    private final GroupMemberRepository members;
    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final ClassAccess access;
    private final GroupRoleQuery roles;

    GroupLifeAccess(StudyGroupRepository groups, GroupPlanRepository plans, GroupMemberRepository members,
                    StudentDirectory students, ClassDirectory classes, ClassAccess access,
                    GroupRoleQuery roles) {
        this.groups = groups;
        this.plans = plans;
        this.members = members;
        this.students = students;
        this.classes = classes;
        this.access = access;
        this.roles = roles;
    }

    @Transactional(readOnly = true)
    public GroupContext requireRead(HezuoUser user, long groupId) {
        StudyGroup group = groups.findById(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        GroupPlan plan = plans.findByIdAndSchoolId(group.getPlanId(), user.schoolId())
                .orElseThrow(() -> new NotFoundException("group", groupId));
        if (user.isStudent()) {
            Student me = requireStudent(user);
            boolean mine = plan.isActive() && members.findByPlanIdAndStudentId(plan.getId(), me.getId())
                    .filter(m -> m.getGroupId().equals(groupId)).isPresent();
            if (!mine) {
                throw new AccessDeniedException("group " + groupId);
            }
            boolean leader = roles.leaderOf(plan.getId(), groupId).filter(me.getId()::equals).isPresent();
            SchoolClass schoolClass = classes.find(plan.getClassId()).orElseThrow();
            return new GroupContext(plan, group, schoolClass, false, false, leader);
        }
        SchoolClass schoolClass = access.requireView(user, plan.getClassId());
        boolean manage = access.canManage(user, schoolClass);
        return new GroupContext(plan, group, schoolClass, true, manage, manage);
    }

    @Transactional(readOnly = true)
    public GroupContext requireEdit(HezuoUser user, long groupId) {
        GroupContext context = requireRead(user, groupId);
        if (!context.canEdit()) {
            throw new AccessDeniedException("group " + groupId);
        }
        return context;
    }

    /** The signed-in student's record (403 for anyone else). */
    @Transactional(readOnly = true)
    public Student requireStudent(HezuoUser user) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("students only");
        }
        return students.find(user.studentId()).orElseThrow(() -> new AccessDeniedException("student"));
    }

    /** The class's active plan, or 404 (nothing to show before the head teacher activates one). */
    @Transactional(readOnly = true)
    public GroupPlan activePlan(long classId) {
        return plans.findByClassIdAndActiveTrue(classId).orElseThrow(() -> new NotFoundException("active plan", classId));
    }
}
