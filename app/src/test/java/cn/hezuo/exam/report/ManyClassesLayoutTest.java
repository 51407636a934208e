package cn.hezuo.exam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamTestData;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.PackedScores;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.roster.Student;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A district exam has thousands of classes: item analysis then lists the grade and the upper and lower groups, and
 * points to the .xlsx export for the per-class numbers; a school exam keeps a column per class.
 */
@HezuoTest
class ManyClassesLayoutTest {

    @Autowired MockMvc mvc;
    @Autowired ExamTestData data;
    @Autowired ExamResultStore results;
    @Autowired PlatformTransactionManager transactions;

    /** An exam of {@code classCount} classes of two students, one objective item (key-less) and one subjective. */
    private Exam examOf(int classCount) {
        List<Student> everyone = new ArrayList<>();
        List<Long> classIds = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            List<Student> pair = data.freshClass(2);
            everyone.addAll(pair);
            classIds.add(pair.get(0).getClassId());
        }
        Exam exam = data.mathExam(classIds, 1, 1, 4);
        List<StoredResult> rows = new ArrayList<>();
        for (int i = 0; i < everyone.size(); i++) {
            Student s = everyone.get(i);
            double objective = i % 2 == 0 ? 3 : 0;
            double subjective = i % 5;
            rows.add(new StoredResult(exam.getId(), s.getId(), s.getClassId(), false, objective + subjective,
                    PackedScores.packPoints(new double[] {objective, subjective}), i % 2 == 0 ? "B." : "C."));
        }
        new TransactionTemplate(transactions).executeWithoutResult(status -> results.replace(exam.getSchoolId(),
                exam.getId(), classIds, rows, "admin", Instant.now()));
        return exam;
    }

    private String itemAnalysis(Exam exam) throws Exception {
        HezuoUser admin = data.user("admin");
        return mvc.perform(get("/exams/" + exam.getId() + "/item-analysis").with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anExamOfMoreThanSixtyClassesListsNoColumnPerClassAndPointsToTheExport() throws Exception {
        Exam exam = examOf(ExamReport.MAX_CLASS_COLUMNS + 1);
        String page = itemAnalysis(exam);
        assertThat(page).contains("id=\"per-class-in-export\"").contains("61 个班");
        // No class heads a column (the school-exam test below shows what such a header looks like).
        assertThat(page).doesNotContainPattern("<th>考试测试\\d+班</th>");
    }

    @Test
    void aSchoolExamKeepsAColumnPerClass() throws Exception {
        Exam exam = examOf(2);
        String page = itemAnalysis(exam);
        assertThat(page).doesNotContain("per-class-in-export");
        assertThat(page).containsPattern("<th>考试测试\\d+班</th>");
    }
}
