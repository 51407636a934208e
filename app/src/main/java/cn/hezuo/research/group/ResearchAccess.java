package cn.hezuo.research.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this person see or run this research group". The admin (教导处) sees and runs every
 * group of the school; a group's leader runs it; its members see it; any other teacher sees nothing of it, and
 * students never. A group of another school is reported as not found.
 */
@Component
public class ResearchAccess {

    /** Without a school setting, a teacher is expected to observe 12 lessons a term. */
    public static final int DEFAULT_LISTEN_MINIMUM = 12;

    private final ResearchGroupRepository groups;
    private final ResearchMemberRepository members;
    private final ResearchSettingRepository settings;

    ResearchAccess(ResearchGroupRepository groups, ResearchMemberRepository members,
                   ResearchSettingRepository settings) {
        this.groups = groups;
        this.members = members;
        this.settings = settings;
    }

    /** The group if the user may see it (admin, leader, member); 403 otherwise. */
    @Transactional(readOnly = true)
    public ResearchGroup requireView(HezuoUser user, long groupId) {
        ResearchGroup group = load(user, groupId);
        if (!canView(user, group)) {
            throw new AccessDeniedException("research group " + groupId);
        }
        return group;
    }

    /** The group if the user may run it (admin or its leader); 403 otherwise. */
    @Transactional(readOnly = true)
    public ResearchGroup requireLead(HezuoUser user, long groupId) {
        ResearchGroup group = load(user, groupId);
        if (!canLead(user, group)) {
            throw new AccessDeniedException("research group " + groupId);
        }
        return group;
    }

    public boolean canLead(HezuoUser user, ResearchGroup group) {
        return user.isAdmin() || isLeader(user, group);
    }

    public boolean isLeader(HezuoUser user, ResearchGroup group) {
        return user.isTeacher() && user.teacherId() != null && user.teacherId().equals(group.getLeaderId());
    }

    @Transactional(readOnly = true)
    public boolean canView(HezuoUser user, ResearchGroup group) {
        if (canLead(user, group)) {
            return true;
        }
        return user.isTeacher() && user.teacherId() != null
                && members.existsByGroupIdAndTeacherId(group.getId(), user.teacherId());
    }

    /** The groups a person sees: all of the school for the admin, their own (led or joined) for a teacher. */
    @Transactional(readOnly = true)
    public List<ResearchGroup> visibleGroups(HezuoUser user) {
        if (user.isAdmin()) {
            return groups.findBySchoolIdOrderByKindAscNameAsc(user.schoolId());
        }
        if (!user.isTeacher() || user.teacherId() == null) {
            return List.of();
        }
        return groupsOfTeacher(user.teacherId()).stream().filter(ResearchGroup::isActive).toList();
    }

    /** Every active group of the school (教研组 and 备课组), as the admin lists them. */
    @Transactional(readOnly = true)
    public List<ResearchGroup> activeGroupsOfSchool(long schoolId) {
        return groups.findBySchoolIdOrderByKindAscNameAsc(schoolId).stream().filter(ResearchGroup::isActive).toList();
    }

    /** Groups the teacher belongs to or leads. */
    @Transactional(readOnly = true)
    public List<ResearchGroup> groupsOfTeacher(long teacherId) {
        Set<Long> ids = new LinkedHashSet<>();
        members.findByTeacherIdOrderByIdAsc(teacherId).forEach(m -> ids.add(m.getGroupId()));
        groups.findByLeaderId(teacherId).forEach(g -> ids.add(g.getId()));
        return ids.isEmpty() ? List.of() : groups.findByIdInOrderByKindAscNameAsc(ids);
    }

    /** The members' teacher ids in the order they joined (the leader is always a member). */
    @Transactional(readOnly = true)
    public List<Long> memberIds(long groupId) {
        return members.findByGroupIdOrderByIdAsc(groupId).stream().map(ResearchMember::getTeacherId).toList();
    }

    @Transactional(readOnly = true)
    public boolean isMember(long groupId, long teacherId) {
        return members.existsByGroupIdAndTeacherId(groupId, teacherId);
    }

    /** The school's default 听课 minimum per term. */
    @Transactional(readOnly = true)
    public int schoolListenMinimum(long schoolId) {
        return settings.findById(schoolId).map(ResearchSetting::getListenMinimum).orElse(DEFAULT_LISTEN_MINIMUM);
    }

    /** The group's own minimum, else the school's. */
    @Transactional(readOnly = true)
    public int listenMinimum(ResearchGroup group) {
        return group.getListenMinimum() != null ? group.getListenMinimum() : schoolListenMinimum(group.getSchoolId());
    }

    /**
     * The group of the user's school without a role check (404 for another school's), for features that grant access
     * on other grounds too (an observer assigned to a lesson of a group they are not in).
     */
    @Transactional(readOnly = true)
    public ResearchGroup inSchool(HezuoUser user, long groupId) {
        return load(user, groupId);
    }

    private ResearchGroup load(HezuoUser user, long groupId) {
        return groups.findByIdAndSchoolId(groupId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("research group", groupId));
    }
}
