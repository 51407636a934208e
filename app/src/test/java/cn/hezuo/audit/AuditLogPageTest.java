package cn.hezuo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.group.identity.GoalStatus;
import cn.hezuo.group.identity.GroupIdentityForm;
import cn.hezuo.group.identity.GroupIdentityService;
import cn.hezuo.peereval.PeerRound;
import cn.hezuo.peereval.PeerRoundRepository;
import cn.hezuo.peereval.PeerRoundService;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The admin's audit log reads in Chinese: actions (新增/修改…), object types (同伴互评轮次, 小组…) and texts are
 * translated when the page is shown, people appear by name, and the type filter lists Chinese names.
 */
@HezuoTest
class AuditLogPageTest {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern CAMEL_CASE_CLASS = Pattern.compile("\\b[A-Z][a-z]+[A-Z][A-Za-z]*\\b");
    private static final Pattern SQL_VERB = Pattern.compile("\\b(CREATE|UPDATE|DELETE|INSERT|IMPORT|CLOSE)\\b");
    private static final Pattern OLD_ENGLISH = Pattern.compile(
            "\\b(saved|ratings|round|opened|closed|draft|student|group|class|import|username|showComments|motto)\\b",
            Pattern.CASE_INSENSITIVE);

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired GroupIdentityService identity;
    @Autowired PeerRoundService rounds;
    @Autowired PeerRoundRepository roundRepository;
    @Autowired TeacherRepository teachers;

    private HezuoUser head;

    @BeforeEach
    void writeSomeLinesAsTheHeadTeacher() {
        head = (HezuoUser) users.loadUserByUsername("head0801");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(head, null, head.getAuthorities()));
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班"))
                .findFirst().orElseThrow();
        long planId = plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow().getId();
        StudyGroup group = groups.findByPlanIdOrderByNumberAsc(planId).get(0);
        GroupIdentityForm before = GroupIdentityForm.of(group);
        identity.updateIdentity(head, group.getId(), new GroupIdentityForm(before.name(), "审计日志测试组训",
                before.goalMidterm(), GoalStatus.ACHIEVED, before.goalFinal(), before.goalFinalStatus(),
                before.goalYear(), before.goalYearStatus(), before.version()));
        List<PeerRound> classRounds = roundRepository.findByClassIdOrderByOpenedAtDescIdDesc(schoolClass.getId());
        if (!classRounds.isEmpty()) {
            PeerRound round = classRounds.get(0);
            rounds.showComments(head, round.getId(), !round.isShowComments(), round.getVersion());
            PeerRound toggled = roundRepository.findById(round.getId()).orElseThrow();
            rounds.showComments(head, round.getId(), !toggled.isShowComments(), toggled.getVersion());
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void auditLogShowsChineseActionsTypesAndTextsWithNoClassNamesOrSqlVerbs() throws Exception {
        Document page = adminPage("/admin/audit");
        List<Element> rows = page.select("#audit tbody tr");
        assertThat(rows).isNotEmpty();
        for (Element row : rows) {
            String action = row.selectFirst(".audit-action").text();
            String type = row.selectFirst(".audit-type").text();
            String text = row.selectFirst(".audit-summary").text();
            assertThat(action).as("action").doesNotContainPattern(LATIN);
            assertThat(type).as("type").doesNotContainPattern(LATIN);
            assertThat(text).as("text").doesNotContainPattern(CAMEL_CASE_CLASS).doesNotContainPattern(SQL_VERB)
                    .doesNotContainPattern(OLD_ENGLISH);
        }
        String table = page.selectFirst("#audit").text();
        String teacherName = teachers.findByAccountId(head.accountId()).orElseThrow().getName();
        assertThat(table).contains("修改", "小组", "组训：", "期中目标状态：进行中 → 已达成");
        assertThat(page.select(".audit-actor")).extracting(Element::text).contains(teacherName)
                .doesNotContain("head0801", "system");
        // The demo's own line is older than what other tests in the shared context wrote: find it by its type.
        Document schoolLines = adminPage("/admin/audit?type=School");
        assertThat(schoolLines.selectFirst("#audit").text()).contains("载入演示数据");
        assertThat(schoolLines.select(".audit-actor")).extracting(Element::text).contains("系统").doesNotContain("system");
    }

    @Test
    void typeFilterListsChineseNamesAndKeepsToTheChosenType() throws Exception {
        Document page = adminPage("/admin/audit");
        List<Element> options = page.select("#audit-type option");
        assertThat(options).hasSizeGreaterThan(2);
        for (Element option : options) {
            assertThat(option.text()).as("option " + option.val()).doesNotContainPattern(LATIN);
        }
        assertThat(options).extracting(Element::text).contains("全部类型", "小组", "学校");

        Document filtered = adminPage("/admin/audit?type=StudyGroup");
        assertThat(filtered.select("#audit tbody tr")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.selectFirst(".audit-type").text()).isEqualTo("小组"));
        assertThat(filtered.selectFirst("#audit-type option[selected]").text()).isEqualTo("小组");
    }

    private Document adminPage(String url) throws Exception {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        String html = mvc.perform(get(url).with(user(admin))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
