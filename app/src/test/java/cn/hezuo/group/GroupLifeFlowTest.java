package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import cn.hezuo.testsupport.HezuoTest;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.identity.GoalStatus;
import cn.hezuo.group.identity.GroupIdentityForm;
import cn.hezuo.group.identity.GroupIdentityService;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.group.roles.GroupRoleQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.RoleRotation;
import cn.hezuo.group.roles.RoleScheme;
import cn.hezuo.group.roles.RoleSchemeService;
import cn.hezuo.group.roles.SchemeKind;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.group.seating.SeatingChartRepository;
import cn.hezuo.group.seating.SeatingLayout;
import cn.hezuo.group.seating.SeatingService;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Group life on the demo school's 八年级1班 (its active demo plan): roles, identity, nominations, seating, register. */
@HezuoTest
class GroupLifeFlowTest {

    @Autowired GroupRoleQuery roles;
    @Autowired RoleSchemeService schemes;
    @Autowired GroupIdentityService identity;
    @Autowired SeatingService seating;
    @Autowired SeatingChartRepository charts;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired StudentRepository students;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private GroupPlan plan;

    @BeforeEach
    void setUp() {
        head = user("head0801");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst().orElseThrow();
        plan = plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow();
    }

    @Test
    void rotatingRolesOfWeekOneAndTwoDifferExactlyAsTheRotationSays() {
        schemes.updateScheme(head, schoolClass.getId(), SchemeKind.ROTATING, String.join("、", RoleScheme.DEFAULT_ROLES), 1, null);
        WeekRoles week1 = roles.rolesForWeek(schoolClass.getId(), 1).orElseThrow();
        WeekRoles week2 = roles.rolesForWeek(schoolClass.getId(), 2).orElseThrow();
        for (List<MemberRoles> group : week1.byGroup().values()) {
            List<List<String>> expected = RoleRotation.assign(group.size(), RoleScheme.DEFAULT_ROLES, 0);
            for (int i = 0; i < group.size(); i++) {
                assertThat(group.get(i).roles()).extracting(AssignedRole::label).isEqualTo(expected.get(i));
            }
        }
        assertThat(week1.members()).extracting(MemberRoles::roles).isNotEqualTo(week2.members().stream().map(MemberRoles::roles).toList());
        assertThat(roles.recordersForWeek(schoolClass.getId(), 1)).hasSize(week1.byGroup().size());
    }

    @Test
    void aTwoWeekPeriodKeepsRolesForTwoWeeks() {
        schemes.updateScheme(head, schoolClass.getId(), SchemeKind.ROTATING, "组织者,记录员,汇报员", 2, null);
        try {
            assertThat(roles.rolesForWeek(schoolClass.getId(), 1).orElseThrow().members())
                    .isEqualTo(roles.rolesForWeek(schoolClass.getId(), 2).orElseThrow().members());
        } finally {
            schemes.updateScheme(head, schoolClass.getId(), SchemeKind.ROTATING, String.join("、", RoleScheme.DEFAULT_ROLES), 1, null);
        }
    }

    @Test
    void leadershipSchemeGivesEachGroupOneLeaderOneRecorderAndALeaderPerScoredSubject() {
        schemes.updateScheme(head, schoolClass.getId(), SchemeKind.LEADERSHIP, "组织者", 1, null);
        try {
            WeekRoles week = roles.rolesForWeek(schoolClass.getId(), 3).orElseThrow();
            for (List<MemberRoles> group : week.byGroup().values()) {
                List<AssignedRole> all = group.stream().flatMap(m -> m.roles().stream()).toList();
                assertThat(all).filteredOn(r -> r.kind() == AssignedRole.Kind.GROUP_LEADER).hasSize(1);
                assertThat(all).filteredOn(r -> r.kind() == AssignedRole.Kind.RECORDER_LEADER).hasSize(1);
                assertThat(all).filteredOn(r -> r.kind() == AssignedRole.Kind.SUBJECT_LEADER)
                        .extracting(AssignedRole::label).containsExactlyInAnyOrder("语文", "数学", "英语");
                // Spread: with 5–6 members and 3 subjects nobody leads two subjects.
                group.forEach(m -> assertThat(m.roles()).filteredOn(r -> r.kind() == AssignedRole.Kind.SUBJECT_LEADER)
                        .hasSizeLessThanOrEqualTo(1));
            }
            assertThat(roles.recordersForWeek(schoolClass.getId(), 3)).hasSize(week.byGroup().size());
        } finally {
            schemes.updateScheme(head, schoolClass.getId(), SchemeKind.ROTATING, String.join("、", RoleScheme.DEFAULT_ROLES), 1, null);
        }
    }

    @Test
    void aHandOverrideReplacesTheRoleForThatWeekOnly() {
        MemberRoles someone = roles.rolesForWeek(schoolClass.getId(), 5).orElseThrow().members().get(2);
        schemes.override(head, schoolClass.getId(), 5, someone.studentId(), "卫生监督员");
        assertThat(roleOf(someone.studentId(), 5)).extracting(AssignedRole::label).containsExactly("卫生监督员");
        assertThat(roleOf(someone.studentId(), 6)).extracting(AssignedRole::label).doesNotContain("卫生监督员");
        schemes.override(head, schoolClass.getId(), 5, someone.studentId(), "");
        assertThat(roleOf(someone.studentId(), 5)).extracting(AssignedRole::label).doesNotContain("卫生监督员");
    }

    @Test
    void theGroupLeaderEditsTheIdentityAnotherMemberMayNotAndAStaleEditIsRefused() throws Exception {
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(plan.getId()).get(1);
        long leaderId = roles.leaderOf(plan.getId(), group.getId()).orElseThrow();
        HezuoUser leader = studentUser(leaderId);
        long otherId = roles.rolesForWeek(plan, 1).group(group.getId()).stream().map(MemberRoles::studentId)
                .filter(id -> id != leaderId).findFirst().orElseThrow();
        StudyGroup current = groups.findById(group.getId()).orElseThrow();
        identity.updateIdentity(leader, group.getId(), form("<b>猛虎队</b>", current.getVersion()));
        assertThat(groups.findById(group.getId()).orElseThrow().getName()).isEqualTo("<b>猛虎队</b>");
        String page = mvc.perform(get("/groups/" + group.getId()).with(SecurityMockMvcRequestPostProcessors.user(leader)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;b&gt;猛虎队&lt;/b&gt;").doesNotContain("<b>猛虎队");
        assertThatThrownBy(() -> identity.updateIdentity(studentUser(otherId), group.getId(), form("x", current.getVersion() + 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> identity.updateIdentity(head, group.getId(), form("旧页面", current.getVersion())))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void aTooLongMottoIsRefusedWithAChineseMessageAndNothingChanges() throws Exception {
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(plan.getId()).get(3);
        String before = group.getMotto();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/groups/" + group.getId() + "/identity")
                        .with(SecurityMockMvcRequestPostProcessors.user(head))
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("name", "新组名").param("motto", "团".repeat(101))
                        .param("version", String.valueOf(group.getVersion())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("组训最多100个字");
        assertThat(groups.findById(group.getId()).orElseThrow().getMotto()).isEqualTo(before);
    }

    @Test
    void confirmedNominationMakesTheNomineeTheLeader() throws Exception {
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(plan.getId()).get(2);
        List<MemberRoles> mates = roles.rolesForWeek(plan, 1).group(group.getId());
        HezuoUser nominator = studentUser(mates.get(3).studentId());
        long nominee = mates.get(4).studentId();
        schemes.setNominationsOpen(head, schoolClass.getId(), false);
        assertThatThrownBy(() -> schemes.nominate(nominator, group.getId(), nominee, null))
                .isInstanceOf(RuleViolationException.class);
        schemes.setNominationsOpen(head, schoolClass.getId(), true);
        schemes.nominate(nominator, group.getId(), nominee, null);
        String page = mvc.perform(get("/classes/" + schoolClass.getId() + "/nominations").with(SecurityMockMvcRequestPostProcessors.user(head)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(students.findById(nominee).orElseThrow().getName());
        long nominationId = Long.parseLong(page.replaceAll("(?s).*class=\"nomination-row\" data-id=\"(\\d+)\".*", "$1"));
        schemes.confirm(head, nominationId, true);
        assertThat(roles.leaderOf(plan.getId(), group.getId())).contains(nominee);
        schemes.confirm(head, nominationId, false);
        schemes.setNominationsOpen(head, schoolClass.getId(), false);
    }

    @Test
    void draggingOntoAnOccupiedDeskSwapsTheTwoStudents() {
        seating.generate(head, schoolClass.getId(), 9, 8, "2,4,6");
        var chart = charts.findByPlanId(plan.getId()).orElseThrow();
        Map<Long, SeatingLayout.Seat> before = chart.seatMap();
        List<Long> ids = List.copyOf(before.keySet());
        long a = ids.get(0);
        long b = ids.get(ids.size() - 1);
        seating.move(head, schoolClass.getId(), a, before.get(b).row(), before.get(b).col(), chart.getVersion());
        Map<Long, SeatingLayout.Seat> after = charts.findByPlanId(plan.getId()).orElseThrow().seatMap();
        assertThat(after.get(a)).isEqualTo(before.get(b));
        assertThat(after.get(b)).isEqualTo(before.get(a));
        assertThatThrownBy(() -> seating.move(head, schoolClass.getId(), a, 0, 0, chart.getVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void printAndProjectorViewsShowEveryStudentOfTheChart() throws Exception {
        seating.generate(head, schoolClass.getId(), 9, 8, "2,4,6");
        String name = students.findById(charts.findByPlanId(plan.getId()).orElseThrow().seatMap().keySet().iterator().next())
                .orElseThrow().getName();
        for (String view : List.of("print", "projector")) {
            var response = mvc.perform(get("/classes/" + schoolClass.getId() + "/seating/" + view)
                    .with(SecurityMockMvcRequestPostProcessors.user(head))).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("seating-" + view).contains(name).contains("grouplife.css");
        }
    }

    @Test
    void registerExportHasAMergedTitleTheHeadTeacherAndOneBlockPerGroup() throws Exception {
        byte[] body = mvc.perform(get("/classes/" + schoolClass.getId() + "/register/export").with(SecurityMockMvcRequestPostProcessors.user(head)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("八年级1班").contains("学习互助小组登记表");
            assertThat(sheet.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 5);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).startsWith("班主任");
            long blocks = 0;
            for (var row : sheet) {
                if (row.getCell(0) != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && row.getCell(0).getStringCellValue().matches("第\\d+组")) {
                    blocks++;
                }
            }
            assertThat(blocks).isEqualTo(groups.findByPlanIdOrderByNumberAsc(plan.getId()).size());
        }
    }

    private List<AssignedRole> roleOf(long studentId, int week) {
        return roles.rolesForWeek(schoolClass.getId(), week).orElseThrow().members().stream()
                .filter(m -> m.studentId() == studentId).findFirst().orElseThrow().roles();
    }

    private static GroupIdentityForm form(String name, int version) {
        return new GroupIdentityForm(name, "组训", "期中目标", GoalStatus.IN_PROGRESS, null, null, "学年目标",
                GoalStatus.ACHIEVED, version);
    }

    private HezuoUser studentUser(long studentId) {
        Student student = students.findById(studentId).orElseThrow();
        return user(student.getStudentNo());
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
