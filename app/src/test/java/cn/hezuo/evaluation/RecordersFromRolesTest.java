package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The students whose group role this week is 记录员 / 协调记录组长 record for their own group (七年级3班, weekly
 * rotating demo scheme); a teacher's designation for a group wins over the role.
 */
@HezuoTest
class RecordersFromRolesTest {

    @Autowired RecorderDesignations designations;
    @Autowired GroupRoleQuery roles;
    @Autowired SchoolCalendar calendar;
    @Autowired EvaluationSettingsService settings;
    @Autowired EvaluationAccess access;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired ClassGroupsQuery groupsQuery;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private List<MemberRoles> roleRecorders;

    @BeforeEach
    void setUp() {
        head = user("head0703");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst().orElseThrow();
        designations.designate(head, schoolClass.getId(), null, Map.of());
        roleRecorders = roles.recordersForWeek(schoolClass.getId(), calendar.currentWeek(head.schoolId()));
        assertThat(roleRecorders).as("the demo's rotating scheme has a 记录员 in every group").isNotEmpty();
    }

    @AfterEach
    void tearDown() {
        designations.designate(head, schoolClass.getId(), null, Map.of());
        setStudentRecording(false);
    }

    @Test
    void withoutDesignationsThisWeeksRoleHoldersRecordForTheirOwnGroup() {
        List<ActiveRecorder> active = designations.thisWeek(head.schoolId(), schoolClass.getId());
        assertThat(active).allMatch(r -> r.source() == ActiveRecorder.Source.ROLE && r.scope() == RecorderScope.GROUP);
        assertThat(active).extracting(ActiveRecorder::studentId)
                .containsExactlyInAnyOrderElementsOf(roleRecorders.stream().map(MemberRoles::studentId).toList());
        for (MemberRoles m : roleRecorders) {
            assertThat(designations.recorderOf(head.schoolId(), schoolClass.getId(), m.studentId()).orElseThrow().groupId())
                    .isEqualTo(m.groupId());
        }
    }

    @Test
    void aTeachersDesignationForAGroupWinsOverTheRole() {
        MemberRoles byRole = roleRecorders.get(0);
        ClassGroups.Group group = groupsQuery.of(schoolClass.getId()).group(byRole.groupId()).orElseThrow();
        long chosen = group.members().stream().map(ClassGroups.Member::studentId)
                .filter(id -> id != byRole.studentId()).findFirst().orElseThrow();
        designations.designate(head, schoolClass.getId(), null, Map.of(group.id(), chosen));

        List<ActiveRecorder> active = designations.thisWeek(head.schoolId(), schoolClass.getId());
        assertThat(active).filteredOn(r -> group.id() == r.groupId()).singleElement()
                .satisfies(r -> {
                    assertThat(r.studentId()).isEqualTo(chosen);
                    assertThat(r.source()).isEqualTo(ActiveRecorder.Source.DESIGNATION);
                });
        assertThat(designations.recorderOf(head.schoolId(), schoolClass.getId(), byRole.studentId())).isEmpty();
        assertThat(active).filteredOn(r -> r.source() == ActiveRecorder.Source.ROLE).hasSize(roleRecorders.size() - 1);
    }

    @Test
    void aRoleRecorderAwardsOwnGroupOnlyAndOnlyWhileStudentRecordingIsOn() {
        MemberRoles byRole = roleRecorders.get(0);
        Student student = students.findById(byRole.studentId()).orElseThrow();
        HezuoUser recorder = user(student.getStudentNo());
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        long itemId = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).get(0).getId();
        long otherGroup = groupsQuery.of(schoolClass.getId()).groupIds().stream().filter(id -> id != byRole.groupId())
                .findFirst().orElseThrow();

        assertThat(designations.mayRecord(student)).isFalse();
        assertThatThrownBy(() -> access.studentRecorder(recorder)).isInstanceOf(AccessDeniedException.class);
        setStudentRecording(true);
        assertThat(designations.mayRecord(student)).isTrue();
        Recorder asRecorder = access.studentRecorder(recorder);
        assertThat(asRecorder.scope()).isEqualTo(RecorderScope.GROUP);
        assertThat(asRecorder.groupId()).isEqualTo(byRole.groupId());

        AwardResult own = awards.award(recorder, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), itemId,
                AwardTarget.GROUP, byRole.groupId(), null));
        assertThat(own.studentTotals()).isNull();
        assertThatThrownBy(() -> awards.award(recorder, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(),
                itemId, AwardTarget.GROUP, otherGroup, null))).isInstanceOf(AccessDeniedException.class);
        awards.undo(head, schoolClass.getId(), own.actionId());
    }

    private void setStudentRecording(boolean on) {
        EvalSettings current = settings.of(head.schoolId(), schoolClass.getId());
        settings.update(head, schoolClass.getId(), true, on, false, current.isNew() ? -1 : current.getVersion());
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
