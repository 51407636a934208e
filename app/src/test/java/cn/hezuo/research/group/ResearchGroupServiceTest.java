package cn.hezuo.research.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Research groups on the demo school: who creates, who manages, who sees; the leader always stays a member. */
@HezuoTest
class ResearchGroupServiceTest {

    @Autowired ResearchGroupService service;
    @Autowired ResearchAccess access;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;
    @Autowired AuditEntryRepository audit;

    private ResearchFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, service, school);
    }

    @Test
    void theLeaderIsAMemberFromTheStartAndEveryMembershipIsAudited() {
        long before = audit.count();
        ResearchGroup group = fixture.group("eng0701", null, "eng0702");
        assertThat(access.memberIds(group.getId())).containsExactly(fixture.user("eng0701").teacherId(),
                fixture.user("eng0702").teacherId());
        assertThat(audit.count()).isEqualTo(before + 2);
    }

    @Test
    void aTeacherCannotCreateAGroupAndANameIsUniqueInTheSchool() {
        HezuoUser teacher = fixture.user("eng0701");
        long subject = school.subjects(teacher.schoolId()).get(0).getId();
        assertThatThrownBy(() -> service.create(teacher, GroupKind.RESEARCH, "私建组", subject, null, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(fixture.user("admin"), GroupKind.RESEARCH, "数学教研组", subject, null,
                null, null)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "research.error.groupNameTaken");
    }

    @Test
    void aPreparationGroupNeedsAGrade() {
        HezuoUser admin = fixture.user("admin");
        long subject = school.subjects(admin.schoolId()).get(0).getId();
        assertThatThrownBy(() -> service.create(admin, GroupKind.PREPARATION, "无年级备课组", subject, null, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.gradeNeeded");
    }

    @Test
    void theLeaderManagesMembersButAMemberDoesNotAndOthersSeeNothing() {
        ResearchGroup group = fixture.group("eng0701", null, "eng0702");
        HezuoUser leader = fixture.user("eng0701");
        HezuoUser member = fixture.user("eng0702");
        HezuoUser outsider = fixture.user("eng0703");
        service.addMember(leader, group.getId(), outsider.teacherId());
        service.addMember(leader, group.getId(), outsider.teacherId());
        assertThat(access.memberIds(group.getId())).hasSize(3);
        service.removeMember(leader, group.getId(), outsider.teacherId());
        assertThatThrownBy(() -> service.addMember(member, group.getId(), outsider.teacherId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(access.requireView(member, group.getId()).getId()).isEqualTo(group.getId());
        assertThatThrownBy(() -> access.requireView(outsider, group.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(access.visibleGroups(outsider)).extracting(ResearchGroup::getId).doesNotContain(group.getId());
        assertThatThrownBy(() -> access.requireView(fixture.user("070101"), group.getId()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLeaderCannotBeRemovedFromTheirGroup() {
        ResearchGroup group = fixture.group("eng0701", null);
        assertThatThrownBy(() -> service.removeMember(fixture.user("admin"), group.getId(),
                fixture.user("eng0701").teacherId())).hasFieldOrPropertyWithValue("messageKey", "research.error.leaderStays");
    }

    @Test
    void aGroupMinimumOverridesTheSchoolDefault() {
        ResearchGroup own = fixture.group("eng0801", 20);
        ResearchGroup inherited = fixture.group("eng0802", null);
        assertThat(access.listenMinimum(own)).isEqualTo(20);
        assertThat(access.listenMinimum(inherited)).isEqualTo(access.schoolListenMinimum(own.getSchoolId()));
    }

    @Test
    void aStaleEditOfAGroupIsRefused() {
        ResearchGroup group = fixture.group("eng0701", null);
        HezuoUser admin = fixture.user("admin");
        service.update(admin, group.getId(), group.getVersion(), group.getName() + "甲", group.getSubjectId(), null,
                group.getLeaderId(), 15);
        assertThatThrownBy(() -> service.update(admin, group.getId(), group.getVersion(), group.getName() + "乙",
                group.getSubjectId(), null, group.getLeaderId(), 15))
                .hasFieldOrPropertyWithValue("messageKey", "error.staleEdit");
    }
}
