package cn.hezuo.group.roles;

import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.school.SchoolClass;

/** A group as the current user may see it: whether they manage the class, and whether they may edit the group. */
public record GroupContext(GroupPlan plan, StudyGroup group, SchoolClass schoolClass, boolean teacherView,
                           boolean canManage, boolean canEdit) {
}
