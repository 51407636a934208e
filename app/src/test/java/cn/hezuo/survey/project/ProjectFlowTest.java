package cn.hezuo.survey.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** 课题: the demo project's evidence and .docx are full on first start; records, milestones and documents. */
@HezuoTest
class ProjectFlowTest {

    @Autowired ProjectService projects;
    @Autowired ProjectEvidence evidence;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired MockMvc mvc;

    private HezuoUser signedIn(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private ResearchProject demoProject(HezuoUser user) {
        return projects.visibleTo(user).stream().filter(p -> p.getTitle().equals(ProjectSeeds.TITLE)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDemoProjectsEvidenceHasSurveysExamsAndGroupLifeForItsClasses() {
        HezuoUser head = signedIn("head0701");
        ResearchProject project = demoProject(head);
        ProjectEvidence.Evidence ev = evidence.of(head, project, Locale.SIMPLIFIED_CHINESE);
        assertThat(ev.experimentNames()).containsExactly("七年级1班", "七年级3班");
        assertThat(ev.controlNames()).containsExactly("七年级2班");
        assertThat(ev.surveys()).hasSize(1);
        ProjectEvidence.SurveyPart part = ev.surveys().get(0);
        // the pre/post of the 实验班 only: the 后测 of 1班 and 3班, all but seats 1 and 2 of each
        assertThat(part.experiment().postResponses()).isLessThan(part.experiment().preResponses());
        assertThat(part.experiment().questions()).isNotEmpty();
        assertThat(part.control()).isNotNull();
        assertThat(part.groups().questions()).hasSameSizeAs(part.experiment().questions());
        assertThat(ev.exams()).hasSize(1);
        assertThat(ev.exams().get(0).examName()).contains("期中考试");
        assertThat(ev.exams().get(0).experimental().classNames()).containsExactly("七年级1班", "七年级3班");
        assertThat(ev.exams().get(0).welchP()).isBetween(0.0, 1.0);
        assertThat(ev.groupLife()).hasSize(3);
        assertThat(ev.lessonsWired()).isFalse();
    }

    @Test
    void theEvidencePageShowsEachPartWithItsSource() throws Exception {
        HezuoUser head = signedIn("head0701");
        long id = demoProject(head).getId();
        String page = mvc.perform(get("/projects/" + id + "/evidence").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("实验班前测").contains("比差").contains("来源：问卷")
                .contains("前测人均分").contains("Welch").contains("来源：考试分析")
                .contains("课堂观察数据尚未接入").contains("来源：课堂评价积分与周评表");
    }

    @Test
    void theReportExportsAWordFileWithRealTablesAndChineseFonts() throws Exception {
        HezuoUser head = signedIn("head0701");
        long id = demoProject(head).getId();
        mvc.perform(post("/projects/" + id + "/report").with(user(head)).with(csrf())
                        .param("methodText", "实验班采用四人小组。\n每周一次小组展示。")
                        .param("reflection", "")
                        .param("version", String.valueOf(demoProject(head).getVersion())))
                .andExpect(status().is3xxRedirection());
        byte[] body = mvc.perform(get("/projects/" + id + "/report.docx").with(user(head)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body))) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts.get(0)).isEqualTo(ProjectSeeds.TITLE + "课题研究工作总结");
            assertThat(texts).contains("一、课题研究方式", "二、课题实施效果", "三、反思展望", "实验班采用四人小组。",
                    "每周一次小组展示。", "（待课题组填写。）");
            // survey tables (one per question), the exam table and the group-life table are Word tables
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables.size()).isGreaterThanOrEqualTo(7);
            assertThat(tables.get(0).getRow(0).getCell(3).getText()).isEqualTo("比差（百分点）");
            assertThat(tables.stream().anyMatch(t -> t.getRow(0).getCell(2).getText().equals("前测人均分"))).isTrue();
            XWPFRun titleRun = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun cellRun = tables.get(0).getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
            assertThat(cellRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(cellRun.text()).endsWith("%");
        }
    }

    @Test
    void aTeacherWhoIsNotAMemberCannotOpenTheProject() throws Exception {
        long id = demoProject(signedIn("head0701")).getId();
        mvc.perform(get("/projects/" + id).with(user(signedIn("head0802")))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id + "/report.docx").with(user(signedIn("head0802"))))
                .andExpect(status().isForbidden());
        assertThat(projects.visibleTo(signedIn("head0802"))).noneMatch(p -> p.getId() == id);
    }

    @Test
    void aNewProjectKeepsItsClassesMembersAndMilestones() throws Exception {
        HezuoUser head = signedIn("head0801");
        long e = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst().orElseThrow().getId();
        long c = classes.findAll().stream().filter(x -> x.getName().equals("八年级2班")).findFirst().orElseThrow().getId();
        String title = "小组评价研究-" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/projects").with(user(head)).with(csrf()).param("title", title)
                        .param("level", "SCHOOL").param("startsOn", "2026-09-01").param("endsOn", "2027-06-30")
                        .param("memberIds", "").param("experimentClassIds", String.valueOf(e))
                        .param("controlClassIds", String.valueOf(c)).param("version", "-1"))
                .andReturn().getResponse().getRedirectedUrl();
        // no member ticked: refused with the field's message
        assertThat(location).isNull();
        location = mvc.perform(post("/projects").with(user(head)).with(csrf()).param("title", title)
                        .param("level", "SCHOOL").param("startsOn", "2026-09-01").param("endsOn", "2027-06-30")
                        .param("memberIds", String.valueOf(projectsTeacherId(head)))
                        .param("experimentClassIds", String.valueOf(e))
                        .param("controlClassIds", String.valueOf(c)).param("version", "-1"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ResearchProject project = projects.require(head, id);
        assertThat(project.getExperimentClassIds()).containsExactly(e);
        assertThat(project.getControlClassIds()).containsExactly(c);
        mvc.perform(post("/projects/" + id + "/milestones").with(user(head)).with(csrf()).param("stage", "PREPARE")
                .param("dueOn", "2026-09-15").param("title", "开题报告")).andExpect(status().is3xxRedirection());
        assertThat(projects.milestones(id)).extracting(ProjectMilestone::getTitle).containsExactly("开题报告");
        // a class in both groups is refused in Chinese
        String refused = mvc.perform(post("/projects/" + id).with(user(head)).with(csrf()).param("title", title)
                        .param("level", "SCHOOL").param("startsOn", "2026-09-01").param("endsOn", "2027-06-30")
                        .param("memberIds", String.valueOf(projectsTeacherId(head)))
                        .param("experimentClassIds", String.valueOf(e)).param("controlClassIds", String.valueOf(e))
                        .param("version", String.valueOf(project.getVersion())))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("一个班不能既是实验班又是对照班");
    }

    @Test
    void aRenamedWebPageIsRefusedAndARealWordFileIsStoredAndDownloadedAsAnAttachment() throws Exception {
        HezuoUser head = signedIn("head0701");
        long id = demoProject(head).getId();
        MockMultipartFile fake = new MockMultipartFile("file", "中期报告.docx", "application/octet-stream",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        String refused = mvc.perform(multipart("/projects/" + id + "/documents").file(fake).param("kind", "MIDTERM")
                        .with(user(head)).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不是 Word");
        int before = projects.documents(id).size();
        byte[] word = wordFile();
        mvc.perform(multipart("/projects/" + id + "/documents").file(new MockMultipartFile("file", "中期报告.docx",
                        "application/octet-stream", word)).param("kind", "MIDTERM").with(user(head)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<ProjectDocumentStore.Meta> documents = projects.documents(id);
        assertThat(documents).hasSize(before + 1);
        ProjectDocumentStore.Meta stored = documents.get(documents.size() - 1);
        assertThat(stored.kind()).isEqualTo(DocumentKind.MIDTERM);
        byte[] downloaded = mvc.perform(get("/projects/" + id + "/documents/" + stored.id()).with(user(head)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(word);
    }

    private long projectsTeacherId(HezuoUser user) {
        return teacherId(user);
    }

    @Autowired cn.hezuo.teacher.TeacherDirectory teachers;

    private long teacherId(HezuoUser user) {
        return teachers.byAccount(user.accountId()).orElseThrow().getId();
    }

    private static byte[] wordFile() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("中期报告");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
