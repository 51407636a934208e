package cn.hezuo.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** 学困生跟踪 through the web layer: from an early warning to a closed record that stays as history. */
@HezuoTest
class TrackingFlowTest {

    @Autowired MockMvc mvc;
    @Autowired ExamTestData data;
    @Autowired ExamRepository exams;
    @Autowired StudentRepository students;
    @Autowired TrackingRecordRepository records;
    @Autowired TrackingNoteRepository notes;
    @Autowired AuditEntryRepository audit;

    private Exam demoMidTerm() {
        return exams.findAll().stream().filter(e -> e.getName().equals("七年级数学期中考试")).findFirst().orElseThrow();
    }

    private Student student(String studentNo) {
        return students.findBySchoolIdAndStudentNo(data.user("admin").schoolId(), studentNo).orElseThrow();
    }

    private long open(HezuoUser who, Student student, String causes) throws Exception {
        MvcResult result = mvc.perform(post("/tracking").with(user(who)).with(csrf())
                        .param("studentId", String.valueOf(student.getId())).param("causes", causes)
                        .param("measures", "每周两次课后辅导"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aWarningOpensATrackingFormWithTheExamResultAsTheFirstCause() throws Exception {
        HezuoUser head = data.user("head0701");
        Exam exam = demoMidTerm();
        String warnings = mvc.perform(get("/exams/" + exam.getId() + "/warnings").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(warnings).contains("id=\"warning-table\"").contains("/tracking/new?studentId=");
        Student student = student("070110");
        String form = mvc.perform(get("/tracking/new").with(user(head)).param("studentId", String.valueOf(student.getId()))
                        .param("examId", String.valueOf(exam.getId())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("七年级数学期中考试（数学）得分").contains(student.getName());
    }

    @Test
    void notesAreKeptByDateAndAClosedRecordTakesNoMoreButStaysAsHistory() throws Exception {
        HezuoUser head = data.user("head0701");
        Student student = student("070111");
        long recordId = open(head, student, "计算粗心，基础薄弱");
        assertThat(open(head, student, "重复开启")).as("one open record per student").isEqualTo(recordId);
        long auditBefore = audit.count();
        for (String[] note : List.of(new String[] {"2030-03-09", "第二次辅导：方程移项已掌握"},
                new String[] {"2030-03-02", "第一次谈话"})) {
            mvc.perform(post("/tracking/" + recordId + "/notes").with(user(head)).with(csrf())
                    .param("noteDate", note[0]).param("body", note[1])).andExpect(status().is3xxRedirection());
        }
        assertThat(notes.findByRecordIdOrderByNoteDateAscIdAsc(recordId)).extracting(TrackingNote::getBody)
                .containsExactly("第一次谈话", "第二次辅导：方程移项已掌握");
        String page = mvc.perform(get("/tracking/" + recordId).with(user(data.user("math0701"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("第一次谈话").contains("id=\"tracking-chart\"").contains("七年级数学期中考试");

        mvc.perform(post("/tracking/" + recordId + "/close").with(user(head)).with(csrf()).param("closingNote", "已跟上进度"))
                .andExpect(status().is3xxRedirection());
        assertThat(records.findById(recordId).orElseThrow().isClosed()).isTrue();
        MvcResult late = mvc.perform(post("/tracking/" + recordId + "/notes").with(user(head)).with(csrf())
                .param("noteDate", "2030-04-01").param("body", "再记一条")).andReturn();
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(notes.findByRecordIdOrderByNoteDateAscIdAsc(recordId)).hasSize(2);
        assertThat(audit.count()).isEqualTo(auditBefore + 3);
        String closed = mvc.perform(get("/tracking").param("closed", "true").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(closed).contains("data-student-no=\"070111\"");
        assertThat(open(head, student, "新学期再次跟踪")).as("a new episode after closing").isNotEqualTo(recordId);
    }

    @Test
    void teachersOfOtherClassesNeitherSeeNorWriteTheRecord() throws Exception {
        long recordId = open(data.user("head0701"), student("070112"), "作业完成差");
        for (String outsider : List.of("head0702", "math0702", "070112")) {
            mvc.perform(get("/tracking/" + recordId).with(user(data.user(outsider)))).andExpect(status().isForbidden());
            mvc.perform(post("/tracking/" + recordId + "/notes").with(user(data.user(outsider))).with(csrf())
                    .param("noteDate", "2030-03-02").param("body", "x")).andExpect(status().isForbidden());
        }
        String list = mvc.perform(get("/tracking").with(user(data.user("head0702"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("data-student-no=\"070112\"");
    }
}
