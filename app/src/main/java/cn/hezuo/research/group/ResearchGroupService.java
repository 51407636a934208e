package cn.hezuo.research.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes to research groups: the admin creates groups, names leaders and sets the school's 听课 minimum; the admin or
 * the leader adds and removes members. The leader is always a member. Every write is audited.
 */
@Service
public class ResearchGroupService {

    private final ResearchGroupRepository groups;
    private final ResearchMemberRepository members;
    private final ResearchSettingRepository settings;
    private final ResearchAccess access;
    private final SchoolSetupService school;
    private final Staff staff;
    private final AuditTrail audit;

    ResearchGroupService(ResearchGroupRepository groups, ResearchMemberRepository members,
                         ResearchSettingRepository settings, ResearchAccess access, SchoolSetupService school,
                         Staff staff, AuditTrail audit) {
        this.groups = groups;
        this.members = members;
        this.settings = settings;
        this.access = access;
        this.school = school;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional
    public ResearchGroup create(HezuoUser admin, GroupKind kind, String name, long subjectId, Long gradeId,
                                Long leaderId, Integer listenMinimum) {
        requireAdmin(admin);
        long schoolId = admin.schoolId();
        String trimmed = name.trim();
        check(schoolId, kind, subjectId, gradeId, leaderId);
        if (groups.existsBySchoolIdAndName(schoolId, trimmed)) {
            throw new RuleViolationException("research.error.groupNameTaken", trimmed);
        }
        ResearchGroup group = groups.save(new ResearchGroup(schoolId, kind, trimmed, subjectId, gradeId, leaderId,
                listenMinimum));
        audit.record("CREATE", "ResearchGroup", group.getId(), AuditText.of("audit.msg.research.group.created",
                trimmed, leaderId == null ? null : staff.names(schoolId).get(leaderId)));
        if (leaderId != null) {
            members.save(new ResearchMember(group.getId(), leaderId));
        }
        return group;
    }

    @Transactional
    public void update(HezuoUser admin, long groupId, int version, String name, long subjectId, Long gradeId,
                       Long leaderId, Integer listenMinimum) {
        requireAdmin(admin);
        ResearchGroup group = access.requireLead(admin, groupId);
        if (group.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        String trimmed = name.trim();
        check(admin.schoolId(), group.getKind(), subjectId, gradeId, leaderId);
        if (!trimmed.equals(group.getName()) && groups.existsBySchoolIdAndName(admin.schoolId(), trimmed)) {
            throw new RuleViolationException("research.error.groupNameTaken", trimmed);
        }
        var names = staff.names(admin.schoolId());
        Changes changes = Changes.of().field("name", group.getName(), trimmed)
                .field("leader", names.get(group.getLeaderId()), names.get(leaderId))
                .field("listenMinimum", group.getListenMinimum(), listenMinimum);
        group.update(trimmed, subjectId, gradeId, leaderId, listenMinimum);
        if (leaderId != null && !members.existsByGroupIdAndTeacherId(groupId, leaderId)) {
            members.save(new ResearchMember(groupId, leaderId));
        }
        audit.record("UPDATE", "ResearchGroup", groupId, changes.text(trimmed));
    }

    @Transactional
    public void setActive(HezuoUser admin, long groupId, boolean active) {
        requireAdmin(admin);
        ResearchGroup group = access.requireLead(admin, groupId);
        group.setActive(active);
        audit.record(active ? "ENABLE" : "DISABLE", "ResearchGroup", groupId,
                AuditText.of("audit.msg.name", group.getName()));
    }

    /** Adds a teacher of the school; adding a member twice changes nothing. */
    @Transactional
    public void addMember(HezuoUser user, long groupId, long teacherId) {
        ResearchGroup group = access.requireLead(user, groupId);
        Teacher teacher = staff.byId(user.schoolId()).get(teacherId);
        if (teacher == null || !teacher.isActive()) {
            throw new NotFoundException("teacher", teacherId);
        }
        if (members.existsByGroupIdAndTeacherId(groupId, teacherId)) {
            return;
        }
        ResearchMember saved = members.save(new ResearchMember(groupId, teacherId));
        audit.record("CREATE", "ResearchMember", saved.getId(), AuditText.of("audit.msg.research.member",
                group.getName(), teacher.getName()));
    }

    /** Removes a member; the leader stays (name another leader first). */
    @Transactional
    public void removeMember(HezuoUser user, long groupId, long teacherId) {
        ResearchGroup group = access.requireLead(user, groupId);
        if (Long.valueOf(teacherId).equals(group.getLeaderId())) {
            throw new RuleViolationException("research.error.leaderStays");
        }
        ResearchMember member = members.findByGroupIdAndTeacherId(groupId, teacherId)
                .orElseThrow(() -> new NotFoundException("research member", teacherId));
        members.delete(member);
        audit.record("DELETE", "ResearchMember", member.getId(), AuditText.of("audit.msg.research.member",
                group.getName(), staff.names(user.schoolId()).get(teacherId)));
    }

    @Transactional
    public void setSchoolListenMinimum(HezuoUser admin, int minimum) {
        requireAdmin(admin);
        ResearchSetting setting = settings.findById(admin.schoolId()).orElse(null);
        int before = setting == null ? ResearchAccess.DEFAULT_LISTEN_MINIMUM : setting.getListenMinimum();
        if (setting == null) {
            settings.save(new ResearchSetting(admin.schoolId(), minimum));
        } else {
            setting.setListenMinimum(minimum);
        }
        audit.record("UPDATE", "ResearchSetting", admin.schoolId(),
                Changes.of().field("listenMinimum", before, minimum).text());
    }

    private void check(long schoolId, GroupKind kind, long subjectId, Long gradeId, Long leaderId) {
        if (school.subjects(schoolId).stream().noneMatch(s -> s.getId() == subjectId)) {
            throw new NotFoundException("subject", subjectId);
        }
        if (kind == GroupKind.PREPARATION) {
            if (gradeId == null) {
                throw new RuleViolationException("research.error.gradeNeeded");
            }
            if (school.grades(schoolId).stream().noneMatch(g -> g.getId().equals(gradeId))) {
                throw new NotFoundException("grade", gradeId);
            }
        }
        if (leaderId != null) {
            Teacher leader = staff.byId(schoolId).get(leaderId);
            if (leader == null || !leader.isActive()) {
                throw new NotFoundException("teacher", leaderId);
            }
        }
    }

    private static void requireAdmin(HezuoUser user) {
        if (!user.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("research groups");
        }
    }
}
