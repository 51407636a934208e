package cn.hezuo.exam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.ExamService;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.exam.results.ExamLoader;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.exam.stats.ClassComparison;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.exam.stats.ExamMatrix;
import cn.hezuo.exam.stats.ExperimentAnalysis;
import cn.hezuo.exam.stats.ItemAnalysis;
import cn.hezuo.exam.stats.KnowledgePointRates;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The report pages show the statistics core's numbers for what was imported: a hand-made exam imported through the
 * web layer equals the same exam built directly, and the demo mid-term's pages show the core's results. Also who sees
 * which rows, and that a student sees a rank band but no rank.
 */
@HezuoTest
class ExamReportsTest {

    @Autowired MockMvc mvc;
    @Autowired ExamTestData data;
    @Autowired ExamService exams;
    @Autowired ExamRepository examRepository;
    @Autowired ExamLoader loader;
    @Autowired ExamResultStore results;
    @Autowired StudentRepository students;
    @Autowired ExamFormat format;
    @Autowired org.springframework.context.MessageSource messages;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private String page(HezuoUser who, String path) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private Exam demoMidTerm() {
        return examRepository.findAll().stream().filter(e -> e.getName().equals("七年级数学期中考试")).findFirst()
                .orElseThrow();
    }

    /**
     * The statistics core's small exam (see {@code SmallExam}): Q1 (3, key B), Q2 (3, key D), Q3 (4), Q4 (10); class
     * c1 = s01, s02, s03, s08 and c2 = s04–s07 plus s09 absent.
     */
    @Test
    void aHandMadeExamImportedThroughTheWebEqualsTheSameExamBuiltDirectly() throws Exception {
        HezuoUser admin = data.user("admin");
        List<Student> c1 = data.freshClass(4);
        List<Student> c2 = data.freshClass(5);
        Exam exam = data.mathExam(List.of(c1.get(0).getClassId(), c2.get(0).getClassId()), 2, 2, 4);
        ExamService.ItemInput q1 = new ExamService.ItemInput("Q1", true, BigDecimal.valueOf(3), false, "B", List.of("函数"));
        ExamService.ItemInput q2 = new ExamService.ItemInput("Q2", true, BigDecimal.valueOf(3), false, "D", List.of("函数", "几何"));
        ExamService.ItemInput q3 = new ExamService.ItemInput("Q3", false, BigDecimal.valueOf(4), false, null, List.of("几何"));
        ExamService.ItemInput q4 = new ExamService.ItemInput("Q4", false, BigDecimal.valueOf(10), false, null, List.of("概率"));
        exams.saveItems(admin, exam.getId(), examRepository.findById(exam.getId()).orElseThrow().getVersion(),
                List.of(q1, q2, q3, q4));
        // 学号 → Q1 option, Q1, Q2 option, Q2, Q3, Q4 (null: absent)
        Map<Student, Object[]> rows = new java.util.LinkedHashMap<>();
        rows.put(c1.get(0), new Object[] {"B", 3, "D", 3, 4, 9});
        rows.put(c1.get(1), new Object[] {"B", 3, "D", 3, 3, 8});
        rows.put(c1.get(2), new Object[] {"B", 3, "A", 0, 4, 10});
        rows.put(c2.get(0), new Object[] {"C", 0, "D", 3, 2, 6});
        rows.put(c2.get(1), new Object[] {"B", 3, "", 0, 1, 5});
        rows.put(c2.get(2), new Object[] {"A", 0, "D", 3, 2, 4});
        rows.put(c2.get(3), new Object[] {"", 0, "C", 0, 0, 3});
        rows.put(c1.get(3), new Object[] {"B", 3, "D", 3, 1, 2});
        rows.put(c2.get(4), null);
        StringBuilder csv = new StringBuilder("学号,Q1_opt,Q1,Q2_opt,Q2,Q3,Q4\n");
        rows.forEach((s, r) -> {
            csv.append(s.getStudentNo());
            for (int i = 0; i < 6; i++) {
                csv.append(',').append(r == null ? "" : r[i]);
            }
            csv.append('\n');
        });
        String location = mvc.perform(multipart("/exams/" + exam.getId() + "/import")
                        .file(new MockMultipartFile("file", "小测验.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/confirm").with(user(admin)).with(csrf())).andExpect(status().is3xxRedirection());

        LoadedExam loaded = loader.load(examRepository.findById(exam.getId()).orElseThrow());
        String className1 = loaded.classes().get(0).getName();
        String className2 = loaded.classes().get(1).getName();
        ExamMatrix.Builder direct = ExamMatrix.builder(loaded.matrix().items()).withClass(className1).withClass(className2);
        rows.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Student::getStudentNo)))
                .forEach(e -> {
                    String className = c1.contains(e.getKey()) ? className1 : className2;
                    Object[] r = e.getValue();
                    if (r == null) {
                        direct.absent(e.getKey().getStudentNo(), className);
                    } else {
                        direct.present(e.getKey().getStudentNo(), className, new double[] {
                                ((Number) r[1]).doubleValue(), ((Number) r[3]).doubleValue(),
                                ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue()},
                                new Choice[] {Choice.parse((String) r[0]), Choice.parse((String) r[2]), null, null});
                    }
                });
        ExamMatrix expected = direct.build();
        assertThat(loaded.scores().size()).isEqualTo(8);
        assertThat(loaded.scores().absentStudentIds()).containsExactly(c2.get(4).getStudentNo());
        ItemAnalysis analysis = ItemAnalysis.analyse(loaded.matrix());
        assertThat(analysis).isEqualTo(ItemAnalysis.analyse(expected));
        assertThat(KnowledgePointRates.compute(loaded.matrix())).isEqualTo(KnowledgePointRates.compute(expected));
        assertThat(analysis.groups().upperSize()).isEqualTo(3);
        assertThat(analysis.groups().lowerSize()).isEqualTo(4);

        // F = 20: totals 19, 17, 17, 11, 9, 9, 3, 9 → mean 11.75; pass (≥ 12) and excellent (≥ 17) 3 of 8; low (< 8) 1.
        String overview = page(admin, "/exams/" + exam.getId());
        assertThat(overview).contains("11.75").contains("37.5%").contains("12.5%").contains("8 / 9");
        String items = page(admin, "/exams/" + exam.getId() + "/item-analysis");
        assertThat(items).contains(format.num(analysis.alpha(), 3)).contains(format.num(analysis.sem(), 2));
        String points = page(admin, "/exams/" + exam.getId() + "/knowledge-points");
        assertThat(points).contains("id=\"radar-chart\"").contains("&quot;type&quot;:&quot;radar&quot;")
                .contains("概率").contains("函数");
    }

    @Test
    void theDemoMidTermPagesShowTheStatisticsCoresNumbers() throws Exception {
        HezuoUser admin = data.user("admin");
        Exam exam = demoMidTerm();
        LoadedExam loaded = loader.load(exam);
        ClassComparison comparison = ClassComparison.of(loaded.scores(), loaded.lines());
        String overview = page(admin, "/exams/" + exam.getId());
        assertThat(overview).contains(format.num(comparison.grade().mean(), 2));
        comparison.classes().forEach(c -> assertThat(overview).contains(format.num(c.stats().mean(), 2))
                .contains(format.pct(c.stats().passRate())));
        // Two students missed the mid-term: they count as enrolled, not as 0.
        assertThat(comparison.grade().nEnrolled() - comparison.grade().nPresent()).isEqualTo(2);
        ItemAnalysis analysis = ItemAnalysis.analyse(loaded.matrix());
        String items = page(admin, "/exams/" + exam.getId() + "/item-analysis");
        assertThat(items).contains(format.num(analysis.alpha(), 3)).contains("id=\"negative-items\"");
        assertThat(analysis.items().get(10).rItemRest()).as("item 11's misleading key").isNegative();
    }

    @Test
    void theExperimentPageShowsThePlainChineseReadingOfTheCore() throws Exception {
        HezuoUser admin = data.user("admin");
        Exam post = demoMidTerm();
        Exam pre = examRepository.findAll().stream().filter(e -> e.getName().equals("七年级数学期初测试")).findFirst()
                .orElseThrow();
        LoadedExam loaded = loader.load(post);
        Map<Long, Double> byId = results.presentTotals(pre.getId());
        Map<String, Double> preTotals = new java.util.HashMap<>();
        loaded.students().values().forEach(s -> {
            if (byId.containsKey(s.studentId())) {
                preTotals.put(s.studentNo(), byId.get(s.studentId()));
            }
        });
        List<String> names = loaded.classes().stream().map(c -> c.getName()).toList();
        ExperimentAnalysis expected = ExperimentAnalysis.analyse(loaded.scores(), loaded.lines(), preTotals, pre.lines(),
                Set.of(names.get(0)), Set.of(names.get(1), names.get(2)));
        String page = page(admin, "/exams/" + post.getId() + "/experiment?pre=" + pre.getId() + "&experimental="
                + loaded.classes().get(0).getId() + "&control=" + loaded.classes().get(1).getId() + "&control="
                + loaded.classes().get(2).getId());
        String summary = ExperimentSummary.text(expected.summary(), messages, java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(summary).contains("实验组", "准实验设计", "不是随机分配");
        String english = ExperimentSummary.text(expected.summary(), messages, java.util.Locale.ENGLISH);
        assertThat(english).contains("experimental group", "quasi-experimental").doesNotContainPattern("\\p{IsHan}");
        assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(summary))
                .contains(format.num(expected.cohenD(), 3))
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(format.p(expected.ancova().p())));
    }

    @Test
    void aSubjectTeacherSeesEveryClassesAggregatesButOnlyTheirOwnStudents() throws Exception {
        HezuoUser teacher = data.user("math0701");
        Exam exam = demoMidTerm();
        String overview = page(teacher, "/exams/" + exam.getId());
        assertThat(overview).contains("七年级2班").contains("七年级3班");
        String list = page(teacher, "/exams/" + exam.getId() + "/students");
        assertThat(list).contains("data-student-no=\"070101\"").doesNotContain("data-student-no=\"070201\"");
        byte[] xlsx = mvc.perform(get("/exams/" + exam.getId() + "/export").with(user(teacher)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("班级对比", "分数段", "小题分析", "知识点", "学生成绩", "预警");
            Sheet studentsSheet = workbook.getSheet("学生成绩");
            for (int r = 1; r <= studentsSheet.getLastRowNum(); r++) {
                assertThat(studentsSheet.getRow(r).getCell(0).getStringCellValue()).startsWith("0701");
            }
            assertThat(workbook.getSheet("班级对比").getRow(4).getCell(0).getStringCellValue()).isEqualTo("年级");
        }
        mvc.perform(get("/exams/" + exam.getId()).with(user(data.user("eng0801")))).andExpect(status().isForbidden());
    }

    @Test
    void aStudentSeesOwnScoresAndARankBandButNoRankAndNoClassmate() throws Exception {
        HezuoUser student = data.user("070101");
        String page = page(student, "/me/exams");
        assertThat(page).contains("七年级数学期中考试").contains("class=\"ms-3 rank-band");
        assertThat(page).doesNotContain("班级名次", "年级名次", "070102", "data-student-no");
        Student classmate = students.findBySchoolIdAndStudentNo(student.schoolId(), "070102").orElseThrow();
        assertThat(page).doesNotContain(classmate.getName());
        mvc.perform(get("/students/" + classmate.getId() + "/exams").with(user(student))).andExpect(status().isForbidden());
        mvc.perform(get("/exams/" + demoMidTerm().getId()).with(user(student))).andExpect(status().isForbidden());
    }

    // Issue 11, item 11: the 实验组/对照组 choice is saved with the exam and exported with the warnings.
    @Test
    void theExperimentChoiceIsSavedWithTheExamAndExportedWithTheWarnings() throws Exception {
        HezuoUser admin = data.user("admin");
        Exam post = demoMidTerm();
        Exam pre = examRepository.findAll().stream().filter(e -> e.getName().equals("七年级数学期初测试")).findFirst()
                .orElseThrow();
        LoadedExam loaded = loader.load(post);
        var c = loaded.classes();
        try {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/exams/" + post.getId() + "/experiment").with(user(admin))
                            .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                            .param("pre", String.valueOf(pre.getId()))
                            .param("experimental", String.valueOf(c.get(2).getId()))
                            .param("control", String.valueOf(c.get(0).getId())))
                    .andExpect(status().is3xxRedirection());
            String page = page(admin, "/exams/" + post.getId() + "/experiment");
            assertThat(page).contains("id=\"experiment-saved-note\"");
            assertThat(checkbox(page, "exp-" + c.get(2).getId())).contains("checked");
            assertThat(checkbox(page, "ctl-" + c.get(0).getId())).contains("checked");
            assertThat(checkbox(page, "exp-" + c.get(0).getId())).doesNotContain("checked");
            byte[] xlsx = mvc.perform(get("/exams/" + post.getId() + "/export").with(user(admin)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheet("预警")).isNotNull();
                Sheet experiment = workbook.getSheet("实验对比");
                assertThat(experiment.getRow(0).getCell(1).getStringCellValue()).isEqualTo("实验组");
                assertThat(experiment.getRow(1).getCell(1).getStringCellValue()).isEqualTo(c.get(2).getName());
                assertThat(experiment.getRow(1).getCell(2).getStringCellValue()).isEqualTo(c.get(0).getName());
                assertThat(experiment.getRow(2).getCell(1).getStringCellValue()).startsWith(pre.getName());
            }
        } finally {
            jdbc.update("delete from exam_experiment where exam_id = ?", post.getId());
        }
    }

    private static String checkbox(String page, String id) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return m.group();
    }
}
