package cn.hezuo.exam;

import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.PackedScores;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import cn.hezuo.testsupport.authz.Who;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exam analytics (issue 6): exams, their items, score import, reports, the student's exams and knowledge points.
 * The rows work on {@link #authorizationExam}, a 数学 exam of 七年级1班 only, with results.
 */
@Order(800)
public class ExamEndpointRows implements EndpointRows {

    /** Everyone who works with exams: the admin and every teacher (each sees only what they may). */
    public static final Set<Persona> EXAM_STAFF = Who.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
    /** Who may create a 数学 exam for 七年级1班, change it and import its scores: the admin and its 数学 teacher. */
    public static final Set<Persona> EXAM_MANAGERS = Who.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS);
    /** Who keeps the 数学 knowledge points: the admin and every 数学 teacher. */
    public static final Set<Persona> MATH_TEACHERS = Who.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.SUBJECT_TEACHER_THIS_CLASS);

    private static Long authorizationExamId;

    @Autowired ExamService examService;
    @Autowired ExamRepository examRepository;
    @Autowired ExamResultStore examResults;
    @Autowired StudentRepository students;
    @Autowired TransactionTemplate tx;
    @Autowired KnowledgePointService knowledgePointService;
    @Autowired KnowledgePointRepository knowledgePoints;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        long examId = authorizationExam(fixture).getId();
        String exam = "/exams/" + examId;
        long mathId = fixture.subject("数学");
        Student editable = fixture.student("070103");
        list.add(new Endpoint("GET", "/exams", () -> get("/exams"), EXAM_STAFF));
        list.add(new Endpoint("GET", "/exams/new", () -> get("/exams/new"), EXAM_STAFF));
        list.add(new Endpoint("POST", "/exams", () -> post("/exams").param("name", "授权测试新考试" + fixture.next())
                .param("subjectId", String.valueOf(mathId)).param("examDate", "2030-03-01")
                .param("classIds", String.valueOf(classId)).param("totalOnly", "true").param("fullMarks", "100")
                .param("passPercent", "60").param("excellentPercent", "85").param("lowPercent", "40"), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/edit", () -> get(exam + "/edit"), EXAM_MANAGERS));
        list.add(new Endpoint("POST", "/exams/{examId}", () -> {
            Exam current = examRepository.findById(examId).orElseThrow();
            return post(exam).param("name", current.getName()).param("subjectId", String.valueOf(mathId))
                    .param("examDate", current.getExamDate().toString()).param("classIds", String.valueOf(classId))
                    .param("passPercent", "60").param("excellentPercent", "85").param("lowPercent", "40")
                    .param("version", String.valueOf(current.getVersion()));
        }, EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/items/edit", () -> get(exam + "/items/edit"), EXAM_MANAGERS));
        list.add(new Endpoint("POST", "/exams/{examId}/items", () -> post(exam + "/items")
                .param("version", String.valueOf(examRepository.findById(examId).orElseThrow().getVersion()))
                .param("items[0].label", "1").param("items[0].objective", "true").param("items[0].maxPoints", "3")
                .param("items[0].answerKey", "B").param("items[0].knowledgePoints", "有理数")
                .param("items[1].label", "2").param("items[1].maxPoints", "5")
                .param("items[1].knowledgePoints", "整式"), EXAM_MANAGERS));
        list.add(new Endpoint("POST", "/exams/{examId}/items/import", () -> multipart(exam + "/items/import")
                .file(new MockMultipartFile("file", "items.csv", "text/csv",
                        "题号,满分\r\n1,3\r\n".getBytes(StandardCharsets.UTF_8))), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/items/template", () -> get(exam + "/items/template"), EXAM_MANAGERS));
        for (String report : List.of("", "/item-analysis", "/knowledge-points", "/students", "/borderline", "/warnings",
                "/experiment", "/export")) {
            list.add(new Endpoint("GET", "/exams/{examId}" + report, () -> get(exam + report), CLASS_VIEWERS));
        }
        list.add(new Endpoint("POST", "/exams/{examId}/experiment", () -> post(exam + "/experiment"), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/import", () -> get(exam + "/import"), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/import/template", () -> get(exam + "/import/template"),
                EXAM_MANAGERS));
        list.add(new Endpoint("POST", "/exams/{examId}/import", () -> multipart(exam + "/import")
                .file(new MockMultipartFile("file", "scores.csv", "text/csv",
                        "学号,姓名,1,1选项,2\n070101,测试,3,B,4\n".getBytes(StandardCharsets.UTF_8))), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/exams/{examId}/import/{uploadId}",
                () -> get(exam + "/import/00000000-0000-0000-0000-000000000000"), EXAM_MANAGERS));
        list.add(new Endpoint("POST", "/exams/{examId}/import/{uploadId}/confirm",
                () -> post(exam + "/import/00000000-0000-0000-0000-000000000000/confirm"), EXAM_MANAGERS));
        list.add(new Endpoint("GET", "/students/{studentId}/exams", () -> get("/students/" + editable.getId() + "/exams"),
                CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/exams", () -> get("/me/exams"), STUDENTS));
        list.add(new Endpoint("GET", "/knowledge-points", () -> get("/knowledge-points"), EXAM_STAFF));
        list.add(new Endpoint("POST", "/knowledge-points", () -> post("/knowledge-points")
                .param("subjectId", String.valueOf(mathId)).param("names", "授权测试知识点" + fixture.next()), MATH_TEACHERS));
        list.add(new Endpoint("POST", "/knowledge-points/{pointId}/delete", () -> post("/knowledge-points/"
                + freshKnowledgePoint(fixture, mathId) + "/delete").param("subjectId", String.valueOf(mathId)),
                MATH_TEACHERS));
    }

    /**
     * A 数学 exam of 七年级1班 with two items and a result for every student, made once per test run (the tracking
     * rows open their record for it too).
     */
    public Exam authorizationExam(AuthzFixture fixture) {
        if (authorizationExamId != null) {
            return examRepository.findById(authorizationExamId).orElseThrow();
        }
        HezuoUser admin = fixture.user("admin");
        SchoolClass thisClass = fixture.thisClass();
        Exam created = examService.create(admin, new ExamForm("授权测试考试", fixture.subject("数学"),
                null, LocalDate.of(2030, 1, 10), List.of(thisClass.getId()), false, null, 1,
                BigDecimal.valueOf(3), 1, BigDecimal.valueOf(5), BigDecimal.valueOf(60),
                BigDecimal.valueOf(85), BigDecimal.valueOf(40), null));
        List<StoredResult> rows = new ArrayList<>();
        int n = 0;
        for (Student s : students.findByClassIdOrderByStudentNoAsc(thisClass.getId())) {
            double objective = n % 2 == 0 ? 3 : 0;
            double subjective = n++ % 6;
            rows.add(new StoredResult(created.getId(), s.getId(), thisClass.getId(), false,
                    objective + subjective, PackedScores.format(objective) + ","
                    + PackedScores.format(subjective), objective > 0 ? "B." : "C."));
        }
        tx.executeWithoutResult(status -> examResults.replace(admin.schoolId(), created.getId(),
                List.of(thisClass.getId()), rows, "admin", Instant.now()));
        authorizationExamId = created.getId();
        return created;
    }

    /** A new 数学 knowledge point for each call, so every persona tries to remove one that exists. */
    private long freshKnowledgePoint(AuthzFixture fixture, long mathId) {
        HezuoUser admin = fixture.user("admin");
        String name = "待删知识点" + fixture.next();
        knowledgePointService.add(admin, mathId, name);
        return knowledgePoints.findBySchoolIdAndSubjectIdOrderByNameAsc(admin.schoolId(), mathId).stream()
                .filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
