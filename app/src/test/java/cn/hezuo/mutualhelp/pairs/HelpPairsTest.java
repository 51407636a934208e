package cn.hezuo.mutualhelp.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 帮扶对子 on the demo school's 八年级2班 (generate, edit, save, check-ins) and what students see of them. */
@HezuoTest
class HelpPairsTest {

    @Autowired PairService service;
    @Autowired PairSeeds seeds;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private long math;
    private long english;
    private WeekRoles roles;

    @BeforeEach
    void theClass() {
        head = login("head0802");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst().orElseThrow();
        math = subject("数学");
        english = subject("英语");
        roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
    }

    @Test
    void generatedPairsStayInsideGroupsOnePairEachAndSaveAsTheClassPairs() {
        PairService.Draft draft = service.propose(head, schoolClass.getId(), math, false);
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.examName()).isNotNull();
        assertThat(draft.rows()).isNotEmpty();
        Map<Long, Long> groupOf = new HashMap<>();
        roles.members().forEach(m -> groupOf.put(m.studentId(), m.groupId()));
        Set<Long> seen = new HashSet<>();
        for (PairService.DraftRow row : draft.rows()) {
            assertThat(groupOf.get(row.a())).isEqualTo(groupOf.get(row.b()));
            assertThat(seen.add(row.a()) && seen.add(row.b())).isTrue();
        }
        PairService.Draft saved = service.save(head, schoolClass.getId(), math, false,
                draft.rows().stream().map(PairService.DraftRow::a).toList(),
                draft.rows().stream().map(PairService.DraftRow::b).toList());
        assertThat(saved.problems()).isEmpty();
        assertThat(service.classPage(head, schoolClass.getId(), math).pairs()).hasSize(draft.rows().size());
    }

    @Test
    void aDraftWithProblemsNamesTheRowsInChineseAndWritesNothing() throws Exception {
        List<MemberRoles> g1 = roles.byGroup().get(1);
        List<MemberRoles> g2 = roles.byGroup().get(2);
        int before = service.classPage(head, schoolClass.getId(), english).pairs().size();
        String page = mvc.perform(post("/classes/" + schoolClass.getId() + "/pairs").with(user(head)).with(csrf())
                        .param("subjectId", String.valueOf(english))
                        .param("a", String.valueOf(g1.get(0).studentId()), String.valueOf(g1.get(0).studentId()))
                        .param("b", String.valueOf(g2.get(0).studentId()), String.valueOf(g1.get(1).studentId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第 1 对：" + g1.get(0).name() + " 和 " + g2.get(0).name() + " 不在同一个小组")
                .contains("第 2 对：" + g1.get(0).name() + " 已经在另一个对子里了");
        assertThat(service.classPage(head, schoolClass.getId(), english).pairs()).hasSize(before);
    }

    @Test
    void onlyTheHeadTeacherOrAdminFormsPairs() {
        assertThatThrownBy(() -> service.propose(login("math0802"), schoolClass.getId(), math, false))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSameCheckInSentTwiceIsOneCheckIn() {
        List<MemberRoles> g = roles.byGroup().get(4);
        long pair = seeds.pair(english, g.get(0).studentId(), g.get(1).studentId());
        HezuoUser partner = student(g.get(0).studentId());
        PairService.CheckInForm form = new PairService.CheckInForm(LocalDate.now(), "背单词", null,
                UUID.randomUUID().toString());
        long first = service.checkIn(partner, pair, form);
        long second = service.checkIn(partner, pair, form);
        assertThat(second).isEqualTo(first);
        assertThat(service.pairPage(partner, pair).checkIns()).hasSize(1);
    }

    @Test
    void aBadCheckInIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        List<MemberRoles> g = roles.byGroup().get(4);
        long pair = seeds.pair(english, g.get(2).studentId(), g.get(3).studentId());
        HezuoUser partner = student(g.get(2).studentId());
        assertThat(refusal(() -> service.checkIn(partner, pair, new PairService.CheckInForm(LocalDate.now().plusDays(3),
                "背单词", null, UUID.randomUUID().toString())))).isEqualTo("mutualhelp.pairs.error.dayFuture");
        assertThat(refusal(() -> service.checkIn(partner, pair, new PairService.CheckInForm(LocalDate.now(),
                "很".repeat(61), null, UUID.randomUUID().toString())))).isEqualTo("mutualhelp.pairs.error.contentLength");
        String page = mvc.perform(post("/pairs/" + pair + "/checkins").with(user(partner)).with(csrf())
                        .header("HX-Request", "true").param("day", LocalDate.now().toString()).param("content", " ")
                        .param("note", "留着的备注").param("requestId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("“帮扶内容”不能为空").contains("留着的备注");
        assertThat(service.pairPage(partner, pair).checkIns()).isEmpty();
    }

    @Test
    void aPairWithoutARecordInTwoWeeksIsFlaggedInactive() {
        List<MemberRoles> g = roles.byGroup().get(5);
        long quiet = seeds.pair(english, g.get(0).studentId(), g.get(1).studentId());
        long busy = seeds.pair(english, g.get(2).studentId(), g.get(3).studentId());
        seeds.checkIn(quiet, LocalDate.now().minusDays(20), "错题订正", g.get(0).studentId());
        seeds.checkIn(busy, LocalDate.now().minusDays(2), "错题订正", g.get(2).studentId());
        Map<Long, Boolean> inactive = new HashMap<>();
        service.classPage(head, schoolClass.getId(), english).pairs().forEach(r -> inactive.put(r.id(), r.inactive()));
        assertThat(inactive).containsEntry(quiet, true).containsEntry(busy, false);
    }

    @Test
    void aStudentOutsideThePairGets403() throws Exception {
        List<MemberRoles> g = roles.byGroup().get(6);
        long pair = seeds.pair(english, g.get(0).studentId(), g.get(1).studentId());
        mvc.perform(get("/pairs/" + pair).with(user(student(g.get(2).studentId())))).andExpect(status().isForbidden());
        mvc.perform(get("/pairs/" + pair).with(user(student(g.get(1).studentId())))).andExpect(status().isOk());
    }

    /** The student's pages: the partner's name, never scores, ranks, tiers, the exam, or who is the stronger. */
    @Test
    void studentsSeeTheirPartnerButNoScoreRankTierOrExam() throws Exception {
        HezuoUser head0701 = login("head0701");
        SchoolClass class0701 = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst()
                .orElseThrow();
        PairService.ClassPage demo = service.classPage(head0701, class0701.getId(), math);
        assertThat(demo.pairs()).as("the demo's 数学 pairs of 七年级1班").isNotEmpty();
        PairService.PairRow row = demo.pairs().get(0);
        String examName = service.propose(head0701, class0701.getId(), math, false).examName();
        Pattern forbidden = Pattern.compile("名次|排名|分层|层次|得分|分数|成绩|优生|学困|\\d+(\\.\\d)?\\s*分");
        for (PairService.Person p : List.of(row.a(), row.b())) {
            HezuoUser s = student(p.id());
            for (String url : List.of("/me/pairs", "/pairs/" + row.id())) {
                String whole = mvc.perform(get(url).with(user(s))).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString();
                String page = whole.substring(whole.indexOf("<main"), whole.indexOf("</main>"));
                assertThat(forbidden.matcher(page).find()).as(url + " as " + p.name()).isFalse();
                assertThat(page).doesNotContain(examName);
            }
        }
        // A student's pairs go by subject, then by the partner's 学号 — the same order whoever the student is.
        assertThat(service.myPairs(student(row.a().id()))).extracting(PairService.MyPair::partner).contains(row.b().name());
        assertThat(row.a().studentNo()).isLessThan(row.b().studentNo());
    }

    private String refusal(Runnable action) {
        try {
            action.run();
            return "";
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
    }

    private long subject(String name) {
        return people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    private HezuoUser student(long id) {
        Student s = people.student(id).orElseThrow();
        return login(s.getStudentNo());
    }

    private HezuoUser login(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
