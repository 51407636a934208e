package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Forming, adjusting, saving and activating plans on the demo school's 七年级3班 (H2). */
@HezuoTest
class GroupPlanServiceTest {

    @Autowired GroupPlanService service;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired GroupMemberRepository members;
    @Autowired StudentRepository students;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MyGroupQuery myGroup;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private List<Student> roster;

    @BeforeEach
    void setUp() {
        head = (HezuoUser) users.loadUserByUsername("head0703");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst().orElseThrow();
        roster = students.findByClassIdAndActiveTrueOrderByStudentNoAsc(schoolClass.getId());
    }

    private GroupingForm form(String tiers, List<String> apart) {
        return new GroupingForm(6, SizeMode.AT_MOST, List.of(), tiers, true, false, List.of(), apart, List.of(), false, 7L);
    }

    @Test
    void draftPutsEveryActiveStudentInExactlyOneGroupWithNumbersOneToN() {
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("2:2:2", List.of()));
        List<GroupMember> all = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId());
        assertThat(all).extracting(GroupMember::getStudentId)
                .containsExactlyInAnyOrderElementsOf(roster.stream().map(Student::getId).toList());
        List<StudyGroup> groupList = groups.findByPlanIdOrderByNumberAsc(plan.getId());
        assertThat(groupList).hasSize((roster.size() + 5) / 6);
        for (StudyGroup group : groupList) {
            List<Integer> numbers = members.findByGroupIdOrderByMemberNoAsc(group.getId()).stream()
                    .map(GroupMember::getMemberNo).toList();
            assertThat(numbers).isEqualTo(java.util.stream.IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            assertThat(numbers.size()).isBetween(5, 6);
        }
        assertThat(plan.isDraft()).isTrue();
    }

    @Test
    void keepApartPairNeverSharesAGroup() {
        Student a = roster.get(0);
        Student b = roster.get(1);
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("", List.of(a.getId() + "-" + b.getId())));
        Map<Long, Long> groupOf = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId()).stream()
                .collect(Collectors.toMap(GroupMember::getStudentId, GroupMember::getGroupId));
        assertThat(groupOf.get(a.getId())).isNotEqualTo(groupOf.get(b.getId()));
    }

    @Test
    void movingAStudentRenumbersBothGroupsAndBumpsTheVersion() {
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("", List.of()));
        GroupMember member = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId()).get(0);
        StudyGroup target = groups.findByPlanIdOrderByNumberAsc(plan.getId()).stream()
                .filter(g -> !g.getId().equals(member.getGroupId())).findFirst().orElseThrow();
        int version = plans.findById(plan.getId()).orElseThrow().getVersion();
        service.move(head, plan.getId(), member.getStudentId(), target.getNumber(), version);
        GroupMember moved = members.findByPlanIdAndStudentId(plan.getId(), member.getStudentId()).orElseThrow();
        assertThat(moved.getGroupId()).isEqualTo(target.getId());
        for (Long groupId : List.of(member.getGroupId(), target.getId())) {
            List<Integer> numbers = members.findByGroupIdOrderByMemberNoAsc(groupId).stream()
                    .map(GroupMember::getMemberNo).toList();
            assertThat(new HashSet<>(numbers)).hasSize(numbers.size());
            assertThat(numbers).allMatch(n -> n >= 1 && n <= numbers.size());
        }
        assertThat(plans.findById(plan.getId()).orElseThrow().getVersion()).isGreaterThan(version);
    }

    @Test
    void aSecondTeacherWorkingOnAnOldPageIsToldTheyAreStale() {
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("", List.of()));
        int seen = plans.findById(plan.getId()).orElseThrow().getVersion();
        GroupMember first = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId()).get(0);
        service.setLocked(head, plan.getId(), first.getStudentId(), true, seen);
        assertThatThrownBy(() -> service.move(head, plan.getId(), first.getStudentId(), 2, seen))
                .isInstanceOf(RuleViolationException.class).hasMessage("group.error.staleEdit");
    }

    @Test
    void rerunKeepsLockedStudentsInTheirGroups() {
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("", List.of()));
        GroupMember first = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId()).get(0);
        int groupNumber = groups.findById(first.getGroupId()).orElseThrow().getNumber();
        service.setLocked(head, plan.getId(), first.getStudentId(), true, version(plan));
        service.rerun(head, plan.getId(), version(plan));
        GroupMember after = members.findByPlanIdAndStudentId(plan.getId(), first.getStudentId()).orElseThrow();
        assertThat(groups.findById(after.getGroupId()).orElseThrow().getNumber()).isEqualTo(groupNumber);
        assertThat(after.isLocked()).isTrue();
    }

    @Test
    void savedPlanIsHistoryAndCannotBeMovedAnyMore() {
        GroupPlan plan = service.createDraft(head, schoolClass.getId(), form("", List.of()));
        service.save(head, plan.getId(), "第一学期第1次分组", version(plan));
        GroupMember first = members.findByPlanIdOrderByGroupIdAscMemberNoAsc(plan.getId()).get(0);
        assertThatThrownBy(() -> service.move(head, plan.getId(), first.getStudentId(), 2, version(plan)))
                .isInstanceOf(RuleViolationException.class).hasMessage("group.error.savedPlansStay");
    }

    @Test
    void activatingAPlanDeactivatesThePreviousOneAndStudentsSeeTheirGroup() {
        GroupPlan one = service.createDraft(head, schoolClass.getId(), form("", List.of()));
        service.save(head, one.getId(), "方案一", version(one));
        service.activate(head, one.getId());
        GroupPlan two = service.createDraft(head, schoolClass.getId(), form("2:2:2", List.of()));
        service.save(head, two.getId(), "方案二", version(two));
        service.activate(head, two.getId());
        assertThat(plans.findById(one.getId()).orElseThrow().isActive()).isFalse();
        assertThat(plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow().getId()).isEqualTo(two.getId());

        Student someone = roster.get(3);
        MyGroup mine = myGroup.of(someone).orElseThrow();
        assertThat(mine.planName()).isEqualTo("方案二");
        assertThat(mine.members()).filteredOn(MyGroup.Mate::me).hasSize(1);
        assertThat(mine.members()).extracting(MyGroup.Mate::memberNo).doesNotHaveDuplicates();
    }

    @Test
    void teacherOfAnotherClassCannotFormGroupsHere() {
        HezuoUser other = (HezuoUser) users.loadUserByUsername("head0702");
        assertThatThrownBy(() -> service.createDraft(other, schoolClass.getId(), form("", List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int version(GroupPlan plan) {
        return plans.findById(plan.getId()).orElseThrow().getVersion();
    }
}
