package cn.hezuo.research.lessonstudy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 磨课 end to end on the shared context: real .docx drafts made with POI and their diff, the version check when two
 * people edit one draft, who may see a case, the adopted-comment flow into the next draft, bad uploads, video by
 * range, overdue steps on the home panel, and the demo's cases. Each test works on a fresh 英语 group
 * ({@link ResearchFixture}): leader eng0701, members eng0702 (the 执教人) and eng0703; eng0801 is an outsider.
 */
@HezuoTest
class LessonStudyFlowTest {

    @Autowired MockMvc mvc;
    @Autowired CaseService cases;
    @Autowired DraftService drafts;
    @Autowired LessonStudyCases caseQuery;
    @Autowired ResearchGroupService groups;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFiles files;
    @Autowired cn.hezuo.research.rubric.ScoringService scoring;
    @Autowired cn.hezuo.research.rubric.RubricService rubrics;
    @Autowired cn.hezuo.research.rubric.RubricScores rubricScores;

    private ResearchFixture fixture;
    private HezuoUser leader;
    private HezuoUser teacher;
    private HezuoUser member;
    private HezuoUser outsider;
    private long caseId;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, groups, school);
        leader = fixture.user("eng0701");
        teacher = fixture.user("eng0702");
        member = fixture.user("eng0703");
        outsider = fixture.user("eng0801");
        ResearchGroup group = fixture.group("eng0701", null, "eng0702", "eng0703");
        caseId = cases.create(leader, group.getId(), new CaseForm("提问的有效性", teacher.teacherId(),
                group.getSubjectId(), null, "Unit 3", "What's the matter?", cases.today().minusDays(30), 0)).getId();
    }

    @Test
    void aNewCaseHasTheTemplatesStepsInOrderOwnedByTheTeacherAndTheLeader() {
        List<LessonStudyStep> steps = cases.steps(leader, caseId);
        assertThat(steps).extracting(LessonStudyStep::getKind).containsExactlyElementsOf(StepKind.template());
        assertThat(steps.get(0).getOwnerId()).isEqualTo(leader.teacherId());
        assertThat(steps.get(1).getOwnerId()).isEqualTo(teacher.teacherId());
        assertThat(steps).extracting(LessonStudyStep::getDueDate).isSorted();
    }

    @Test
    void twoDocxDraftsMadeWithPoiShowTheirChangesByParagraphAndByChineseCharacter() throws Exception {
        byte[] first = docx(List.of("教学目标", "学生能用移项解方程。", "教师讲解移项法则。", "课堂练习"),
                new String[][] {{"环节", "时间"}, {"导入", "8 分钟"}});
        byte[] second = docx(List.of("教学目标", "学生能用移项解方程。", "学生自己推导移项法则。", "Group work on the new rule."),
                new String[][] {{"环节", "时间"}, {"导入", "2 分钟"}});
        LessonStudyDraft a = drafts.upload(teacher, caseId, "第一稿.docx", first, null);
        LessonStudyDraft b = drafts.upload(teacher, caseId, "第二稿.docx", second, "导入缩短，法则由学生推导");
        assertThat(a.getFormat()).isEqualTo(DraftFormat.DOCX);
        assertThat(drafts.text(a.getId())).contains("# 教学目标", "| 环节 | 时间 |", "| 导入 | 8 分钟 |");

        DraftDiff.Result diff = DraftDiff.of(drafts.text(a.getId()), drafts.text(b.getId()));
        assertThat(diff.changed()).isEqualTo(3);
        DraftDiff.Row rule = diff.rows().stream().filter(r -> r.type() == DraftDiff.Type.CHANGED
                && joined(r.left()).contains("移项法则")).findFirst().orElseThrow();
        // By character: only 教师讲解 → 学生自己推导 is marked; 移项法则 stays unmarked on both sides.
        assertThat(marked(rule.left())).isEqualTo("教师讲解");
        assertThat(marked(rule.right())).isEqualTo("学生自己推导");
        DraftDiff.Row table = diff.rows().stream().filter(r -> r.type() == DraftDiff.Type.CHANGED
                && joined(r.left()).contains("分钟")).findFirst().orElseThrow();
        assertThat(marked(table.left())).isEqualTo("8");
        assertThat(marked(table.right())).isEqualTo("2");

        String page = mvc.perform(get("/research/cases/" + caseId + "/diff")
                        .param("from", a.getId().toString()).param("to", b.getId().toString()).with(user(teacher)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("diff-table", "<span class=\"diff-del\">教师讲解</span>",
                "<span class=\"diff-ins\">学生自己推导</span>");
        MockHttpServletResponse original = mvc.perform(get("/research/cases/" + caseId + "/files/"
                + fileOf(a.getId())).with(user(member))).andReturn().getResponse();
        assertThat(original.getContentAsByteArray()).isEqualTo(first);
        assertThat(original.getHeader("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void latinTextIsComparedByWordAndMarkupInADraftIsShownAsTextNeverAsHtml() throws Exception {
        List<List<DraftDiff.Segment>> inline = DraftDiff.inline("The students read aloud.", "The pupils read aloud.");
        assertThat(marked(inline.get(0))).isEqualTo("students");
        assertThat(marked(inline.get(1))).isEqualTo("pupils");
        LessonStudyDraft draft = drafts.write(teacher, caseId, "# 标题\n<script>alert(1)</script>\n| a | <b>b</b> |", null);
        String page = mvc.perform(get("/research/cases/" + caseId + "/drafts/" + draft.getId()).with(user(member)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<b>b</b>");
    }

    @Test
    void theSecondOfTwoPeopleSavingOneDraftGetsAChineseMessageAndTheirTextBack() throws Exception {
        LessonStudyDraft draft = drafts.write(teacher, caseId, "# 第一稿\n原来的一段", null);
        int opened = drafts.draft(caseId, draft.getId()).getVersion();
        drafts.edit(leader, caseId, draft.getId(), opened, "# 第一稿\n组长改过的一段", null);

        String page = mvc.perform(post("/research/cases/" + caseId + "/drafts/" + draft.getId()).with(csrf())
                        .with(user(teacher)).param("version", String.valueOf(opened))
                        .param("text", "# 第一稿\n执教人自己改的一段"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("draft-conflict", "在你编辑期间已经保存了这一稿", "执教人自己改的一段", "组长改过的一段");
        assertThat(drafts.text(draft.getId())).contains("组长改过的一段").doesNotContain("执教人自己改的一段");
        assertThatThrownBy(() -> drafts.edit(teacher, caseId, draft.getId(), opened, "x", null))
                .isInstanceOf(DraftConflictException.class);
    }

    @Test
    void onlyTheGroupsMembersAndTheAdminSeeACaseAndOnlyEditorsWriteDrafts() throws Exception {
        String url = "/research/cases/" + caseId;
        assertThat(mvc.perform(get(url).with(user(member))).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get(url).with(user(fixture.user("admin")))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get(url).with(user(outsider))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(url).with(user(fixture.user("070101")))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/research/cases/99999999").with(user(member))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> drafts.write(member, caseId, "成员不能写稿", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(caseQuery.visibleTo(outsider)).extracting(LessonStudyCases.CaseRow::id).doesNotContain(caseId);
        assertThat(caseQuery.visibleTo(member)).extracting(LessonStudyCases.CaseRow::id).contains(caseId);
    }

    @Test
    void adoptedCommentsAndTheChangeNoteAreListedOnTheNextDraft() throws Exception {
        LessonStudyDraft first = drafts.write(teacher, caseId, "# 第一稿\n导入用时八分钟\n教师讲解法则", null);
        LessonStudyComment shorter = drafts.comment(member, caseId, first.getId(), 1, "导入压缩到两分钟");
        LessonStudyComment rejected = drafts.comment(leader, caseId, first.getId(), 2, "增加含括号的例题");
        assertThatThrownBy(() -> drafts.decide(teacher, caseId, rejected.getId(), Decision.NOT_ADOPTED, " "))
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.reasonNeeded");
        assertThatThrownBy(() -> drafts.decide(member, caseId, shorter.getId(), Decision.ADOPTED, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.comment(member, caseId, first.getId(), 7, "没有这一段"))
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.noSuchParagraph");
        drafts.decide(teacher, caseId, shorter.getId(), Decision.ADOPTED, "改为天平情境");
        drafts.decide(teacher, caseId, rejected.getId(), Decision.NOT_ADOPTED, "下一课时再讲");

        String form = mvc.perform(get("/research/cases/" + caseId + "/drafts/new").with(user(teacher)))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("导入压缩到两分钟", "增加含括号的例题", "导入用时八分钟");
        LessonStudyDraft second = drafts.write(teacher, caseId, "# 第二稿\n导入用时两分钟\n教师讲解法则", "导入压缩");
        String page = mvc.perform(get("/research/cases/" + caseId + "/drafts/" + second.getId()).with(user(member)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("what-changed", "导入压缩到两分钟", "改为天平情境", "导入压缩", "修改 2 段")
                .doesNotContain("增加含括号的例题");
        assertThat(second.getNumber()).isEqualTo(2);
    }

    @Test
    void aBadUploadIsRefusedWithAChineseMessageAndStoresNothing() throws Exception {
        long stepId = cases.steps(leader, caseId).get(0).getId();
        int before = countFiles();
        String html = "<html><script>alert(1)</script></html>";
        mvc.perform(multipart("/research/cases/" + caseId + "/steps/" + stepId + "/files")
                        .file(new MockMultipartFile("file", "记录.docx", "application/octet-stream",
                                html.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "MINUTES").with(csrf()).with(user(member)))
                .andReturn();
        String page = mvc.perform(get("/research/cases/" + caseId).with(user(member))).andReturn().getResponse()
                .getContentAsString();
        // The flash message shows once on the next page; the service refused by content, so nothing was stored.
        assertThat(countFiles()).isEqualTo(before);
        assertThatThrownBy(() -> cases.attach(member, caseId, stepId, FileKind.MINUTES, "记录.docx",
                html.getBytes(StandardCharsets.UTF_8))).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.fileType");
        byte[] big = new byte[(int) cases.videoMaxBytes() + 1];
        System.arraycopy(mp4Header(), 0, big, 0, 12);
        assertThatThrownBy(() -> cases.attach(member, caseId, stepId, FileKind.VIDEO, "课堂.mp4", big))
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.fileTooLarge");
        assertThatThrownBy(() -> drafts.upload(teacher, caseId, "稿.docx", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII),
                null)).hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.draftFileType");
        String refused = mvc.perform(multipart("/research/cases/" + caseId + "/drafts/upload")
                        .file(new MockMultipartFile("file", "稿.docx", "application/octet-stream",
                                html.getBytes(StandardCharsets.UTF_8)))
                        .param("changeNote", "我的修改说明").with(csrf()).with(user(teacher)))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("ls-error", "备课稿只能上传 .docx 或 .pdf 文件", "我的修改说明");
        assertThat(page).isNotNull();
        assertThat(countFiles()).isEqualTo(before);
    }

    @Test
    void aVideoIsStreamedByRangeAsAnAttachmentThatIsNeverSniffed() throws Exception {
        long stepId = cases.steps(leader, caseId).stream().filter(s -> s.getKind() == StepKind.TEACHING_2)
                .findFirst().orElseThrow().getId();
        byte[] video = new byte[5000];
        Arrays.fill(video, (byte) 7);
        System.arraycopy(mp4Header(), 0, video, 0, 12);
        long fileId = cases.attach(teacher, caseId, stepId, FileKind.VIDEO, "第二次上课.mp4", video);
        MockHttpServletResponse part = mvc.perform(get("/research/cases/" + caseId + "/files/" + fileId)
                .header("Range", "bytes=100-199").with(user(member))).andReturn().getResponse();
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsByteArray()).hasSize(100);
        assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 100-199/5000");
        assertThat(part.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(part.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(part.getContentType()).isEqualTo("video/mp4");
        // V81: the bytes are in the file store, not in the row; deleting the file removes it from the store
        String stored = jdbc.queryForObject("select stored_path from research_ls_file where id = ?", String.class,
                fileId);
        java.nio.file.Path onDisk = files.root().resolve(stored);
        assertThat(java.nio.file.Files.readAllBytes(onDisk)).isEqualTo(video);
        assertThat(jdbc.queryForObject("select content from research_ls_file where id = ?", byte[].class, fileId))
                .isEmpty();
        cases.removeFile(teacher, caseId, fileId);
        assertThat(onDisk).doesNotExist();
    }

    @Test
    void aVideoKeptInTheRowBeforeV81MovesToTheFileStoreWhenFirstOpened() throws Exception {
        long stepId = cases.steps(leader, caseId).stream().filter(s -> s.getKind() == StepKind.TEACHING_2)
                .findFirst().orElseThrow().getId();
        byte[] video = new byte[4000];
        Arrays.fill(video, (byte) 3);
        System.arraycopy(mp4Header(), 0, video, 0, 12);
        long fileId = jdbc.queryForObject("select nextval('hezuo_seq')", Long.class);
        jdbc.update("insert into research_ls_file (id, school_id, case_id, step_id, kind, filename, content_type,"
                + " size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, 'VIDEO', 'old.mp4',"
                + " 'video/mp4', 4000, ?, 'eng0702', current_timestamp)", fileId, teacher.schoolId(), caseId, stepId,
                video);
        MockHttpServletResponse part = mvc.perform(get("/research/cases/" + caseId + "/files/" + fileId)
                .header("Range", "bytes=3990-").with(user(member))).andReturn().getResponse();
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsByteArray()).containsExactly(Arrays.copyOfRange(video, 3990, 4000));
        String stored = jdbc.queryForObject("select stored_path from research_ls_file where id = ?", String.class,
                fileId);
        assertThat(stored).isNotNull();
        assertThat(java.nio.file.Files.readAllBytes(files.root().resolve(stored))).isEqualTo(video);
        assertThat(jdbc.queryForObject("select content from research_ls_file where id = ?", byte[].class, fileId))
                .isEmpty();
        byte[] whole = mvc.perform(get("/research/cases/" + caseId + "/files/" + fileId).with(user(member)))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(whole).isEqualTo(video);
    }

    @Test
    void overdueStepsShowOnTheOwnersHomePanelWithLinks() throws Exception {
        String panel = mvc.perform(get("/research/upcoming").with(user(teacher))).andReturn().getResponse()
                .getContentAsString();
        assertThat(panel).contains("overdue-steps", "/research/cases/" + caseId + "#step-", "What&#39;s the matter?");
        LessonStudyStep draftStep = cases.steps(leader, caseId).get(1);
        cases.updateStep(teacher, caseId, draftStep.getId(), draftStep.getVersion(), null, null, null,
                StepStatus.DONE, "已提交");
        assertThat(overdueIds(teacher)).doesNotContain(draftStep.getId());
        assertThatThrownBy(() -> cases.updateStep(member, caseId, draftStep.getId(), draftStep.getVersion() + 1,
                null, null, null, StepStatus.OPEN, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void stepsAreAddedReorderedRedatedAndRemoved() {
        LessonStudyStep extra = cases.addStep(teacher, caseId, "第四稿", teacher.teacherId(), cases.today());
        cases.moveStep(teacher, caseId, extra.getId(), -1);
        List<LessonStudyStep> steps = cases.steps(leader, caseId);
        assertThat(steps.get(steps.size() - 2).getId()).isEqualTo(extra.getId());
        LessonStudyStep moved = steps.get(steps.size() - 2);
        cases.updateStep(leader, caseId, moved.getId(), moved.getVersion(), "第四稿（试讲）", member.teacherId(),
                cases.today().plusDays(3), null, null);
        LessonStudyStep planned = cases.steps(leader, caseId).get(steps.size() - 2);
        assertThat(planned.getTitle()).isEqualTo("第四稿（试讲）");
        assertThat(planned.getOwnerId()).isEqualTo(member.teacherId());
        cases.deleteStep(leader, caseId, extra.getId());
        assertThat(cases.steps(leader, caseId)).extracting(LessonStudyStep::getId).doesNotContain(extra.getId());
        assertThatThrownBy(() -> cases.addStep(teacher, caseId, "外人负责", outsider.teacherId(), cases.today()))
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.notMember");
    }

    @Test
    void theSelfEvaluationKeepsLevelsWithinTheScaleAndOnlyTheLeaderWritesIt() {
        Map<SelfItem, Integer> levels = new EnumMap<>(SelfItem.class);
        levels.put(SelfItem.GOAL, 5);
        assertThatThrownBy(() -> cases.selfEvaluate(leader, caseId, levels, Map.of(), null))
                .hasFieldOrPropertyWithValue("messageKey", "lessonstudy.error.selfLevel");
        levels.put(SelfItem.GOAL, 4);
        assertThatThrownBy(() -> cases.selfEvaluate(teacher, caseId, levels, Map.of(), null))
                .isInstanceOf(AccessDeniedException.class);
        cases.selfEvaluate(leader, caseId, levels, Map.of(SelfItem.GOAL, "达成"), "很好");
        assertThat(cases.lessonCase(leader, caseId).getSelfComment()).isEqualTo("很好");
    }

    @Test
    void theDemoHasACompleteCaseAnOverdueOneAndASameLessonPair() {
        HezuoUser admin = fixture.user("admin");
        List<LessonStudyCases.CaseRow> all = caseQuery.visibleTo(admin);
        LessonStudyCases.CaseRow complete = all.stream().filter(r -> r.topic().equals("解一元一次方程——移项"))
                .findFirst().orElseThrow();
        assertThat(drafts.drafts(admin, complete.id())).hasSize(3);
        assertThat(cases.steps(admin, complete.id())).allMatch(s -> s.getStatus() == StepStatus.DONE);
        assertThat(DraftDiff.of(drafts.text(drafts.drafts(admin, complete.id()).get(0).getId()),
                drafts.text(drafts.drafts(admin, complete.id()).get(2).getId())).changed()).isGreaterThan(3);
        assertThat(overdueIds(fixture.user("math0701"))).isNotEmpty();
        assertThat(caseQuery.pairs(admin).values()).anySatisfy(pair -> {
            assertThat(pair).hasSize(2);
            assertThat(pair).extracting(LessonStudyCases.CaseRow::topic).containsOnly("有理数的加法");
            assertThat(pair).extracting(LessonStudyCases.CaseRow::teacherId).doesNotHaveDuplicates();
        });
    }

    @Autowired OverdueSteps overdueSteps;

    @Test
    void theGroupScoresItsCaseWithASchoolRubricAndAScoreOutsideTheRubricIsRefusedStoringNothing() throws Exception {
        var rubric = rubrics.all(leader.schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow();
        Map<Long, String> raw = new java.util.LinkedHashMap<>();
        rubric.getItems().forEach(i -> raw.put(i.getId(), "8"));
        Long first = rubric.getItems().get(0).getId();
        raw.put(first, "12");
        assertThatThrownBy(() -> scoring.score(member, CaseTargets.KIND, caseId, rubric.getId(), raw, "好", null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("research.rubric.error.range"));
        assertThat(scoring.own(member, CaseTargets.KIND, caseId, rubric.getId()).scores()).isEmpty();
        // the same refusal over HTTP, in Chinese, entries kept
        var post = post("/research/scores/CASE/" + caseId).with(csrf()).with(user(member))
                .param("rubricId", String.valueOf(rubric.getId()));
        for (var e : raw.entrySet()) {
            post = post.param("s_" + e.getKey(), e.getValue());
        }
        String refused = mvc.perform(post.header("HX-Request", "true")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("的分数须在 0 到 10 之间", "没有保存任何分数", "value=\"12\"");
        assertThat(scoring.own(member, CaseTargets.KIND, caseId, rubric.getId()).scores()).isEmpty();

        raw.put(first, "9.5");
        scoring.score(member, CaseTargets.KIND, caseId, rubric.getId(), raw, "目标清楚", "讨论时间偏短");
        scoring.score(teacher, CaseTargets.KIND, caseId, rubric.getId(), raw, null, null);
        assertThat(rubricScores.combined(leader.schoolId(), CaseTargets.KIND, List.of(caseId)))
                .singleElement().satisfies(t -> assertThat(t.scorers()).isEqualTo(2));
        assertThatThrownBy(() -> scoring.score(outsider, CaseTargets.KIND, caseId, rubric.getId(), raw, null, null))
                .isInstanceOf(AccessDeniedException.class);
        String page = mvc.perform(get("/research/cases/" + caseId).with(user(member))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("case-rubric", "/research/scores/CASE/" + caseId + "/panel");
    }

    @Test
    void stepChangesAndRolesPostedByHtmxAnswerWithTheSectionOnlyAndWithoutScriptStillRedirect() throws Exception {
        LessonStudyStep step = cases.steps(leader, caseId).get(0);
        MockHttpServletResponse swap = mvc.perform(post("/research/cases/" + caseId + "/steps/" + step.getId())
                .with(csrf()).with(user(leader)).header("HX-Request", "true")
                .param("version", String.valueOf(step.getVersion())).param("status", "DONE").param("note", "已开会"))
                .andReturn().getResponse();
        assertThat(swap.getStatus()).isEqualTo(200);
        String html = swap.getContentAsString();
        assertThat(html).startsWith("<section id=\"steps\"").contains("section-saved", "已开会", "hx-post")
                .doesNotContain("<html", "id=\"roles\"");
        // the same (now stale) version again: the refusal shows inside the section, nothing changes
        String stale = mvc.perform(post("/research/cases/" + caseId + "/steps/" + step.getId())
                .with(csrf()).with(user(leader)).header("HX-Request", "true")
                .param("version", String.valueOf(step.getVersion())).param("status", "OPEN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("section-error");
        assertThat(cases.steps(leader, caseId).get(0).getStatus()).isEqualTo(StepStatus.DONE);
        // roles: the section comes back with the new role
        String roles = mvc.perform(post("/research/cases/" + caseId + "/roles").with(csrf()).with(user(leader))
                .header("HX-Request", "true").param("teacherId", String.valueOf(member.teacherId()))
                .param("role", "OBSERVER")).andReturn().getResponse().getContentAsString();
        assertThat(roles).startsWith("<section id=\"roles\"").contains("section-saved");
        // without htmx: the plain post and redirect
        LessonStudyStep second = cases.steps(leader, caseId).get(1);
        MockHttpServletResponse plain = mvc.perform(post("/research/cases/" + caseId + "/steps/" + second.getId())
                .with(csrf()).with(user(leader)).param("version", String.valueOf(second.getVersion()))
                .param("status", "DONE")).andReturn().getResponse();
        assertThat(plain.getStatus()).isEqualTo(302);
        assertThat(plain.getRedirectedUrl()).endsWith("#step-" + second.getId());
    }

    @Test
    void aCommentAndItsDecisionPostedByHtmxAnswerWithThatParagraphsCommentsOnly() throws Exception {
        var draft = drafts.write(teacher, caseId, "# 教学目标\n让学生理解移项。\n", "第一稿");
        String commented = mvc.perform(post("/research/cases/" + caseId + "/drafts/" + draft.getId() + "/comments")
                .with(csrf()).with(user(member)).header("HX-Request", "true").param("paragraph", "1")
                .param("body", "目标可以更具体")).andReturn().getResponse().getContentAsString();
        assertThat(commented.strip()).startsWith("<div class=\"ms-3 mb-2 paragraph-comments\"");
        assertThat(commented).contains("目标可以更具体", "section-saved").doesNotContain("<html", "教学目标");
        long commentId = jdbc.queryForObject("select id from research_ls_comment where draft_id = ?", Long.class,
                draft.getId());
        String refused = mvc.perform(post("/research/cases/" + caseId + "/comments/" + commentId + "/decision")
                .with(csrf()).with(user(teacher)).header("HX-Request", "true").param("decision", "NOT_ADOPTED")
                .param("reason", "")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("section-error");
        String decided = mvc.perform(post("/research/cases/" + caseId + "/comments/" + commentId + "/decision")
                .with(csrf()).with(user(teacher)).header("HX-Request", "true").param("decision", "ADOPTED")
                .param("reason", "已改")).andReturn().getResponse().getContentAsString();
        assertThat(decided).contains("data-decision=\"ADOPTED\"", "已改", "section-saved");
    }

    private List<Long> overdueIds(HezuoUser user) {
        return overdueSteps.of(user).stream().map(OverdueSteps.Overdue::stepId).toList();
    }

    private int countFiles() {
        Integer n = jdbc.queryForObject("select count(*) from research_ls_file where case_id = ?", Integer.class, caseId);
        return n == null ? 0 : n;
    }

    private long fileOf(long draftId) {
        Long id = jdbc.queryForObject("select id from research_ls_file where draft_id = ?", Long.class, draftId);
        return id == null ? 0 : id;
    }

    private static byte[] mp4Header() {
        return new byte[] {0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6D, 0x70, 0x34, 0x32};
    }

    private static String joined(List<DraftDiff.Segment> segments) {
        return segments.stream().map(DraftDiff.Segment::text).reduce("", String::concat);
    }

    private static String marked(List<DraftDiff.Segment> segments) {
        return segments.stream().filter(DraftDiff.Segment::marked).map(DraftDiff.Segment::text)
                .reduce("", String::concat);
    }

    /** A real .docx: the first line as Heading1, the rest as paragraphs, then a table. */
    static byte[] docx(List<String> paragraphs, String[][] table) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                var p = doc.createParagraph();
                if (i == 0) {
                    p.setStyle("Heading1");
                }
                p.createRun().setText(paragraphs.get(i));
            }
            XWPFTable t = doc.createTable(table.length, table[0].length);
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[r].length; c++) {
                    t.getRow(r).getCell(c).setText(table[r][c]);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }
}
