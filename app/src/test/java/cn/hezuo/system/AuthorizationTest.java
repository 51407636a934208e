package cn.hezuo.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.school.TermRepository;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.teacher.TeacherService;
import cn.hezuo.teacher.TeachingAssignmentRepository;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint as every kind of person and checks the server allows or denies it, whatever the
 * pages show or hide. The demo school supplies the people: "this class" is 七年级1班, "another class"
 * is 七年级2班. A new endpoint that is not listed here fails {@link #everyEndpointIsListed()}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthorizationTest {

    /** Who is asking. */
    enum Persona {
        ANONYMOUS(null), STUDENT("070101"), SUBJECT_TEACHER_OTHER_CLASS("math0702"),
        HEAD_TEACHER_OTHER_CLASS("head0702"), SUBJECT_TEACHER_THIS_CLASS("math0701"),
        HEAD_TEACHER_THIS_CLASS("head0701"), ADMIN("admin");

        final String username;

        Persona(String username) {
            this.username = username;
        }
    }

    static final Set<Persona> EVERYONE = EnumSet.allOf(Persona.class);
    static final Set<Persona> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Persona.ANONYMOUS));
    static final Set<Persona> ADMIN = EnumSet.of(Persona.ADMIN);
    static final Set<Persona> TEACHERS = EnumSet.of(Persona.SUBJECT_TEACHER_OTHER_CLASS, Persona.HEAD_TEACHER_OTHER_CLASS,
            Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
    static final Set<Persona> STUDENTS = EnumSet.of(Persona.STUDENT);
    static final Set<Persona> CLASS_VIEWERS = EnumSet.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_THIS_CLASS);
    static final Set<Persona> CLASS_MANAGERS = EnumSet.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS);

    /** One endpoint: its mapping, how to call it, and who may. */
    record Endpoint(String method, String pattern, Supplier<MockHttpServletRequestBuilder> request, Set<Persona> allowed) {
    }

    @Autowired MockMvc mvc;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired UserDetailsService users;
    @Autowired @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired TeacherRepository teachers;
    @Autowired TeacherService teacherService;
    @Autowired TeachingAssignmentRepository assignments;
    @Autowired SubjectRepository subjects;
    @Autowired TermRepository terms;
    @Autowired GroupPlanService groupPlans;
    @Autowired GroupPlanRepository planRepository;

    private final AtomicInteger unique = new AtomicInteger();

    List<Endpoint> endpoints() {
        SchoolClass thisClass = classByName("七年级1班");
        SchoolClass otherClass = classByName("七年级2班");
        SchoolClass spareClass = classByName("八年级3班");
        long classId = thisClass.getId();
        long schoolId = thisClass.getSchoolId();
        Student editable = student("070103");
        Student resettable = student("070105");
        Student movable = student("070140");
        Teacher spareTeacher = teacherByUsername("eng0803");
        long subjectId = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(3).getId();
        long termId = terms.findBySchoolIdOrderByStartDateDesc(schoolId).get(0).getId();
        long removableSubjectId = subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).get(4).getId();
        if (!assignments.existsByClassIdAndTeacherIdAndSubjectId(spareClass.getId(), spareTeacher.getId(), removableSubjectId)) {
            teacherService.assign(schoolId, spareTeacher.getId(), spareClass.getId(), removableSubjectId);
        }
        long assignmentId = assignments.findByTeacherIdOrderByIdAsc(spareTeacher.getId()).stream()
                .filter(a -> a.getSubjectId() == removableSubjectId).findFirst().orElseThrow().getId();

        List<Endpoint> list = new ArrayList<>();
        list.add(new Endpoint("GET", "/login", () -> get("/login"), EVERYONE));
        list.add(new Endpoint("GET", "/", () -> get("/"), SIGNED_IN));
        list.add(new Endpoint("GET", "/account/password", () -> get("/account/password"), SIGNED_IN));
        list.add(new Endpoint("POST", "/account/password", () -> post("/account/password")
                .param("currentPassword", "wrong").param("newPassword", "x").param("confirmPassword", "y"), SIGNED_IN));
        list.add(new Endpoint("GET", "/me", () -> get("/me"), STUDENTS));
        list.add(new Endpoint("GET", "/teacher", () -> get("/teacher"), TEACHERS));

        list.add(new Endpoint("GET", "/admin", () -> get("/admin"), ADMIN));
        list.add(new Endpoint("GET", "/admin/audit", () -> get("/admin/audit"), ADMIN));
        list.add(new Endpoint("GET", "/admin/terms", () -> get("/admin/terms"), ADMIN));
        list.add(new Endpoint("POST", "/admin/terms", () -> post("/admin/terms").param("name", "授权测试学期" + next())
                .param("startDate", "2030-02-01").param("endDate", "2030-07-01"), ADMIN));
        list.add(new Endpoint("POST", "/admin/terms/{termId}", () -> post("/admin/terms/" + termId)
                .param("name", terms.findById(termId).orElseThrow().getName())
                .param("startDate", terms.findById(termId).orElseThrow().getStartDate().toString())
                .param("endDate", terms.findById(termId).orElseThrow().getEndDate().toString())
                .param("version", String.valueOf(terms.findById(termId).orElseThrow().getVersion())), ADMIN));
        list.add(new Endpoint("GET", "/admin/grades", () -> get("/admin/grades"), ADMIN));
        list.add(new Endpoint("POST", "/admin/grades", () -> post("/admin/grades").param("name", "测试年级" + next()), ADMIN));
        list.add(new Endpoint("GET", "/admin/subjects", () -> get("/admin/subjects"), ADMIN));
        list.add(new Endpoint("POST", "/admin/subjects", () -> post("/admin/subjects").param("name", "学科" + next()), ADMIN));
        list.add(new Endpoint("POST", "/admin/subjects/{subjectId}/active",
                () -> post("/admin/subjects/" + subjectId + "/active").param("active", "true"), ADMIN));
        list.add(new Endpoint("GET", "/admin/classes", () -> get("/admin/classes"), ADMIN));
        list.add(new Endpoint("POST", "/admin/classes", () -> post("/admin/classes")
                .param("gradeId", String.valueOf(spareClass.getGradeId())).param("name", "测试班" + next()), ADMIN));
        list.add(new Endpoint("GET", "/admin/classes/{classId}/edit", () -> get("/admin/classes/" + spareClass.getId() + "/edit"), ADMIN));
        list.add(new Endpoint("POST", "/admin/classes/{classId}", () -> {
            SchoolClass current = classes.findById(spareClass.getId()).orElseThrow();
            return post("/admin/classes/" + current.getId()).param("gradeId", String.valueOf(current.getGradeId()))
                    .param("name", current.getName()).param("headTeacherId", String.valueOf(current.getHeadTeacherId()))
                    .param("version", String.valueOf(current.getVersion()));
        }, ADMIN));
        list.add(new Endpoint("GET", "/admin/teachers", () -> get("/admin/teachers"), ADMIN));
        list.add(new Endpoint("GET", "/admin/teachers/new", () -> get("/admin/teachers/new"), ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers", () -> post("/admin/teachers").param("name", "测试老师")
                .param("username", "authz" + next()), ADMIN));
        list.add(new Endpoint("GET", "/admin/teachers/{teacherId}", () -> get("/admin/teachers/" + spareTeacher.getId()), ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers/{teacherId}", () -> {
            Teacher current = teachers.findById(spareTeacher.getId()).orElseThrow();
            return post("/admin/teachers/" + current.getId()).param("name", current.getName())
                    .param("version", String.valueOf(current.getVersion()));
        }, ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers/{teacherId}/active",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/active").param("active", "true"), ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers/{teacherId}/assignments",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/assignments")
                        .param("classId", String.valueOf(spareClass.getId())).param("subjectId", String.valueOf(subjectId)), ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers/{teacherId}/assignments/{assignmentId}/delete",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/assignments/" + assignmentId + "/delete"), ADMIN));
        list.add(new Endpoint("POST", "/admin/teachers/{teacherId}/reset-password",
                () -> post("/admin/teachers/" + spareTeacher.getId() + "/reset-password"), ADMIN));

        list.add(new Endpoint("GET", "/classes/{classId}", () -> get("/classes/" + classId), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/export", () -> get("/classes/" + classId + "/export"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/import", () -> get("/classes/" + classId + "/import"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/import/template",
                () -> get("/classes/" + classId + "/import/template"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/import", () -> multipart("/classes/" + classId + "/import")
                .file(new MockMultipartFile("file", "roster.csv", "text/csv",
                        "学号,姓名,性别\n070101,测试,男\n".getBytes(StandardCharsets.UTF_8))), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/import/{uploadId}",
                () -> get("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/import/{uploadId}/pad",
                () -> post("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000/pad")
                        .param("width", "6"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/import/{uploadId}/confirm",
                () -> post("/classes/" + classId + "/import/00000000-0000-0000-0000-000000000000/confirm"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/accounts", () -> post("/classes/" + classId + "/accounts"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/students/new", () -> get("/classes/" + classId + "/students/new"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/students", () -> post("/classes/" + classId + "/students")
                .param("studentNo", "A" + System.nanoTime() % 1_000_000_000 + next()).param("name", "新同学")
                .param("gender", "F"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/students/{studentId}/edit", () -> get("/students/" + editable.getId() + "/edit"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/students/{studentId}", () -> {
            Student current = students.findById(editable.getId()).orElseThrow();
            return post("/students/" + current.getId()).param("studentNo", current.getStudentNo())
                    .param("name", current.getName()).param("gender", current.getGender().name())
                    .param("version", String.valueOf(current.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/students/{studentId}/active",
                () -> post("/students/" + editable.getId() + "/active").param("active", "true"), CLASS_MANAGERS));
        // Moving needs the right to manage both classes: only the admin has it for 七年级1班 → 七年级2班.
        list.add(new Endpoint("POST", "/students/{studentId}/move", () -> post("/students/" + movable.getId() + "/move")
                .param("targetClassId", String.valueOf(otherClass.getId())), ADMIN));
        list.add(new Endpoint("POST", "/students/{studentId}/reset-password",
                () -> post("/students/" + resettable.getId() + "/reset-password"), CLASS_MANAGERS));
        groupEndpoints(list, classId);
        // ---- Exam analytics and tracking (issue 6). The test exam is 数学 for 七年级1班 only, with results. ----
        long examId = authorizationExam().getId();
        String exam = "/exams/" + examId;
        long mathId = subjectByName(schoolId, "数学");
        Student trackable = student("070104");
        long recordId = authorizationTrackingRecord(trackable).getId();
        String record = "/tracking/" + recordId;
        list.add(new Endpoint("GET", "/exams", () -> get("/exams"), EXAM_STAFF));
        list.add(new Endpoint("GET", "/exams/new", () -> get("/exams/new"), EXAM_STAFF));
        list.add(new Endpoint("POST", "/exams", () -> post("/exams").param("name", "授权测试新考试" + next())
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
        list.add(new Endpoint("GET", "/tracking", () -> get("/tracking"), EXAM_STAFF));
        list.add(new Endpoint("GET", "/tracking/new", () -> get("/tracking/new").param("studentId",
                String.valueOf(editable.getId())).param("examId", String.valueOf(examId)), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking", () -> post("/tracking").param("studentId", String.valueOf(editable.getId()))
                .param("causes", "基础薄弱").param("measures", "课后辅导"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/tracking/{recordId}", () -> get(record), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}", () -> post(record).param("studentId",
                String.valueOf(trackable.getId())).param("causes", "基础薄弱").param("measures", "每周辅导两次")
                .param("version", String.valueOf(trackingRecords.findById(recordId).orElseThrow().getVersion())),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}/notes", () -> post(record + "/notes")
                .param("noteDate", "2030-03-02").param("body", "谈话一次"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/tracking/{recordId}/close", () -> post(record + "/close")
                .param("closingNote", "进步明显"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/knowledge-points", () -> get("/knowledge-points"), EXAM_STAFF));
        list.add(new Endpoint("POST", "/knowledge-points", () -> post("/knowledge-points")
                .param("subjectId", String.valueOf(mathId)).param("names", "授权测试知识点" + next()), MATH_TEACHERS));
        list.add(new Endpoint("POST", "/knowledge-points/{pointId}/delete", () -> post("/knowledge-points/"
                + freshKnowledgePoint(mathId) + "/delete").param("subjectId", String.valueOf(mathId)), MATH_TEACHERS));
        // ---- end of exam analytics ----
        groupLifeEndpoints(list, classId);
        callingAndPeerEvaluationEndpoints(list, classId);
        evaluationEndpoints(list, classId);
        weeklyStarsEndpoints(list, classId);
        commendationEndpoints(list, classId);
        surveyEndpoints(list, classId);
        return list;
    }

    // ---- Exam analytics (issue 6): who may, and the records the endpoints above work on. ----
    /** Everyone who works with exams: the admin and every teacher (each sees only what they may). */
    static final Set<Persona> EXAM_STAFF = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
    /** Who may create a 数学 exam for 七年级1班, change it and import its scores: the admin and its 数学 teacher. */
    static final Set<Persona> EXAM_MANAGERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS);
    /** Who keeps the 数学 knowledge points: the admin and every 数学 teacher. */
    static final Set<Persona> MATH_TEACHERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
            Persona.SUBJECT_TEACHER_THIS_CLASS);
    private static Long authorizationExamId;
    private static Long authorizationRecordId;
    @Autowired cn.hezuo.exam.ExamService examService;
    @Autowired cn.hezuo.exam.ExamRepository examRepository;
    @Autowired cn.hezuo.exam.results.ExamResultStore examResults;
    @Autowired cn.hezuo.tracking.TrackingService trackingService;
    @Autowired cn.hezuo.tracking.TrackingRecordRepository trackingRecords;
    @Autowired org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired cn.hezuo.exam.KnowledgePointService knowledgePointService;
    @Autowired cn.hezuo.exam.KnowledgePointRepository knowledgePoints;

    /** A 数学 exam of 七年级1班 with two items and a result for every student, made once per test run. */
    private Exam authorizationExam() {
        if (authorizationExamId != null) {
            return examRepository.findById(authorizationExamId).orElseThrow();
        }
        cn.hezuo.account.HezuoUser admin = (cn.hezuo.account.HezuoUser) users.loadUserByUsername("admin");
        SchoolClass thisClass = classByName("七年级1班");
        Exam created = examService.create(admin, new cn.hezuo.exam.ExamForm("授权测试考试", subjectByName(admin.schoolId(), "数学"),
                null, java.time.LocalDate.of(2030, 1, 10), List.of(thisClass.getId()), false, null, 1,
                java.math.BigDecimal.valueOf(3), 1, java.math.BigDecimal.valueOf(5), java.math.BigDecimal.valueOf(60),
                java.math.BigDecimal.valueOf(85), java.math.BigDecimal.valueOf(40), null));
        List<cn.hezuo.exam.results.StoredResult> rows = new ArrayList<>();
        int n = 0;
        for (Student s : students.findByClassIdOrderByStudentNoAsc(thisClass.getId())) {
            double objective = n % 2 == 0 ? 3 : 0;
            double subjective = n++ % 6;
            rows.add(new cn.hezuo.exam.results.StoredResult(created.getId(), s.getId(), thisClass.getId(), false,
                    objective + subjective, cn.hezuo.exam.results.PackedScores.format(objective) + ","
                    + cn.hezuo.exam.results.PackedScores.format(subjective), objective > 0 ? "B." : "C."));
        }
        tx.executeWithoutResult(status -> examResults.replace(admin.schoolId(), created.getId(),
                List.of(thisClass.getId()), rows, "admin", java.time.Instant.now()));
        authorizationExamId = created.getId();
        return created;
    }

    private cn.hezuo.tracking.TrackingRecord authorizationTrackingRecord(Student student) {
        if (authorizationRecordId != null) {
            return trackingRecords.findById(authorizationRecordId).orElseThrow();
        }
        cn.hezuo.account.HezuoUser admin = (cn.hezuo.account.HezuoUser) users.loadUserByUsername("admin");
        cn.hezuo.tracking.TrackingRecord created = trackingService.open(admin,
                new cn.hezuo.tracking.TrackingForm(student.getId(), null, "授权测试", "授权测试", null));
        authorizationRecordId = created.getId();
        return created;
    }

    /** A new 数学 knowledge point for each call, so every persona tries to remove one that exists. */
    private long freshKnowledgePoint(long mathId) {
        cn.hezuo.account.HezuoUser admin = (cn.hezuo.account.HezuoUser) users.loadUserByUsername("admin");
        String name = "待删知识点" + next();
        knowledgePointService.add(admin, mathId, name);
        return knowledgePoints.findBySchoolIdAndSubjectIdOrderByNameAsc(admin.schoolId(), mathId).stream()
                .filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private long subjectByName(long schoolId, String name) {
        return subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId).stream().filter(s -> s.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }
    // ---- end of exam analytics ----

    /** 分组: plans made by the admin in this class (a draft, a saved plan, a draft to discard). */
    private void groupEndpoints(List<Endpoint> list, long classId) {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        GroupingForm form = GroupingForm.defaults();
        long draft = groupPlans.createDraft(admin, classId, form).getId();
        GroupPlan saved = groupPlans.createDraft((HezuoUser) users.loadUserByUsername("head0701"), classId, form);
        groupPlans.save((HezuoUser) users.loadUserByUsername("head0701"), saved.getId(), "授权测试方案", saved.getVersion());
        long movingStudent = student("070104").getId();
        Supplier<String> draftVersion = () -> String.valueOf(planRepository.findById(draft).orElseThrow().getVersion());
        list.add(new Endpoint("GET", "/classes/{classId}/groups", () -> get("/classes/" + classId + "/groups"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/groups/new", () -> get("/classes/" + classId + "/groups/new"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/groups/plans/{planId}", () -> get("/groups/plans/" + draft), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/move", () -> post("/groups/plans/" + draft + "/move")
                .param("studentId", String.valueOf(movingStudent)).param("toGroup", "2")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/lock", () -> post("/groups/plans/" + draft + "/lock")
                .param("studentId", String.valueOf(movingStudent)).param("locked", "true")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/rerun", () -> post("/groups/plans/" + draft + "/rerun")
                .param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/save", () -> post("/groups/plans/" + draft + "/save")
                .param("name", "授权测试草稿").param("version", draftVersion.get()), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/plans/{planId}/activate",
                () -> post("/groups/plans/" + saved.getId() + "/activate"), CLASS_MANAGERS));
        // Issue 11: the teacher's own member numbers for group 1 of the saved plan (sent back unchanged, so valid).
        list.add(new Endpoint("POST", "/groups/plans/{planId}/groups/{groupNumber}/numbers", () -> {
            MockHttpServletRequestBuilder request = post("/groups/plans/" + saved.getId() + "/groups/1/numbers");
            long groupOne = groupLifeGroups.findByPlanIdOrderByNumberAsc(saved.getId()).get(0).getId();
            groupLifeMembers.findByGroupIdOrderByMemberNoAsc(groupOne)
                    .forEach(m -> request.param("no_" + m.getStudentId(), String.valueOf(m.getMemberNo())));
            return request;
        }, CLASS_MANAGERS));
        long toDiscard = groupPlans.createDraft((HezuoUser) users.loadUserByUsername("head0701"), classId, form).getId();
        list.add(new Endpoint("POST", "/groups/plans/{planId}/discard",
                () -> post("/groups/plans/" + toDiscard + "/discard"), CLASS_MANAGERS));
        // Last: a new run replaces the runner's own drafts.
        list.add(new Endpoint("POST", "/classes/{classId}/groups", () -> post("/classes/" + classId + "/groups")
                .param("groupSize", "6").param("sizeMode", "AT_MOST").param("balanceGender", "true"), CLASS_MANAGERS));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAllowsExactlyTheRightPeople() {
        Map<Persona, UserDetails> principals = new LinkedHashMap<>();
        for (Persona persona : Persona.values()) {
            if (persona.username != null) {
                principals.put(persona, users.loadUserByUsername(persona.username));
            }
        }
        return endpoints().stream().flatMap(endpoint -> EnumSet.allOf(Persona.class).stream().map(persona ->
                DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern() + " as " + persona, () -> {
                    MockHttpServletRequestBuilder request = endpoint.request().get().with(csrf());
                    if (persona != Persona.ANONYMOUS) {
                        request = request.with(user(principals.get(persona)));
                    }
                    MvcResult result = mvc.perform(request).andReturn();
                    int status = result.getResponse().getStatus();
                    String location = result.getResponse().getRedirectedUrl();
                    boolean sentToLogin = status == 302 && location != null && location.contains("/login");
                    boolean denied = status == 403 || status == 401 || sentToLogin;
                    if (endpoint.allowed().contains(persona)) {
                        assertThat(denied).as("%s must be allowed, got %s %s", persona, status, location).isFalse();
                        assertThat(status).as("server error for %s", persona).isLessThan(500);
                    } else {
                        assertThat(denied).as("%s must be denied, got %s %s", persona, status, location).isTrue();
                        if (persona == Persona.ANONYMOUS) {
                            assertThat(sentToLogin).as("anonymous is sent to the login page").isTrue();
                        }
                    }
                })));
    }

    /**
     * Issue 11, item 12: looking changes nothing. Every GET in the table, as the admin (who passes every check a
     * teacher does) and a student, leaves every table's row count as it was (sessions and Flyway's history aside).
     */
    @Test
    void everyGetLeavesTheDatabaseAsItWas() throws Exception {
        List<String> tables = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (!"public".equalsIgnoreCase(rs.getString("TABLE_SCHEM"))) {
                    continue;
                }
                String name = rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (!name.startsWith("spring_session") && !name.startsWith("flyway")) {
                    tables.add(name);
                }
            }
        }
        assertThat(tables).contains("eval_item", "audit_log");
        org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        java.util.function.Supplier<Map<String, Long>> counts = () -> {
            Map<String, Long> result = new java.util.TreeMap<>();
            tables.forEach(t -> result.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
            return result;
        };
        List<String> writers = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            if (!endpoint.method().equals("GET")) {
                continue;
            }
            for (Persona persona : List.of(Persona.ADMIN, Persona.STUDENT)) {
                MockHttpServletRequestBuilder request = endpoint.request().get()
                        .with(user(users.loadUserByUsername(persona.username)));
                Map<String, Long> before = counts.get();
                mvc.perform(request).andReturn();
                Map<String, Long> after = counts.get();
                if (!after.equals(before)) {
                    List<String> changed = tables.stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
                    writers.add(endpoint.pattern() + " as " + persona + " changed " + changed);
                }
            }
        }
        assertThat(writers).as("GET requests that wrote rows").isEmpty();
    }

    @Test
    void everyEndpointIsListed() {
        Set<String> listed = new TreeSet<>();
        endpoints().forEach(e -> listed.add(e.method() + " " + e.pattern()));
        Set<String> mapped = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("cn.hezuo")) {
                continue;
            }
            RequestMappingInfo info = entry.getKey();
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.add("ANY");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(m -> mapped.add(m + " " + pattern));
            }
        }
        assertThat(listed).as("every endpoint must be in the authorization table (add the missing ones)")
                .containsAll(mapped);
    }

    private String next() {
        return String.valueOf(unique.incrementAndGet());
    }

    private SchoolClass classByName(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    private Student student(String studentNo) {
        return students.findAll().stream().filter(s -> s.getStudentNo().equals(studentNo)).findFirst().orElseThrow();
    }

    private Teacher teacherByUsername(String username) {
        long accountId = ((HezuoUser) users.loadUserByUsername(username)).accountId();
        return teachers.findByAccountId(accountId).orElseThrow();
    }

    // ---- Group life (issue 4, the rest): identity, goals, roles, nominations, seating chart, 登记表. ----
    @Autowired cn.hezuo.group.GroupMemberRepository groupLifeMembers;
    @Autowired cn.hezuo.group.StudyGroupRepository groupLifeGroups;
    @Autowired cn.hezuo.group.identity.MemberGoalRepository groupLifeGoals;
    @Autowired cn.hezuo.group.roles.RoleSchemeService groupLifeSchemes;
    @Autowired cn.hezuo.group.seating.SeatingService groupLifeSeating;
    @Autowired cn.hezuo.group.seating.SeatingChartRepository groupLifeCharts;

    /**
     * Group-life pages of 七年级1班's active plan (which the 分组 endpoints above may replace, so every request looks
     * it up when it is made): the student 070101 reads their own group only and edits nothing of another group.
     */
    private void groupLifeEndpoints(List<Endpoint> list, long classId) {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        HezuoUser pupil = (HezuoUser) users.loadUserByUsername("070101");
        long pupilId = student("070101").getId();
        long otherPupil = student("070104").getId();
        Supplier<GroupPlan> active = () -> planRepository.findByClassIdAndActiveTrue(classId).orElseThrow();
        Supplier<Long> ownGroup = () -> groupLifeMembers.findByPlanIdAndStudentId(active.get().getId(), pupilId)
                .orElseThrow().getGroupId();
        Supplier<cn.hezuo.group.GroupMember> otherMember = () -> groupLifeMembers
                .findByPlanIdOrderByGroupIdAscMemberNoAsc(active.get().getId()).stream()
                .filter(m -> !m.getGroupId().equals(ownGroup.get())).findFirst().orElseThrow();
        groupLifeSchemes.setNominationsOpen(admin, classId, true);
        try {
            groupLifeSchemes.nominate(pupil, ownGroup.get(), pupilId, null);
        } catch (RuleViolationException alreadyNominated) {
            // endpoints() runs once per test method; the first run's nomination is the one to confirm
        }
        long nominationId = tx.execute(status -> entityIdOfLatestNomination());
        list.add(new Endpoint("GET", "/groups/{groupId}", () -> get("/groups/" + ownGroup.get()),
                EnumSet.of(Persona.ADMIN, Persona.HEAD_TEACHER_THIS_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.STUDENT)));
        list.add(new Endpoint("GET", "/groups/{groupId}", () -> get("/groups/" + otherMember.get().getGroupId()), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/groups/{groupId}/edit", () -> get("/groups/" + otherMember.get().getGroupId() + "/edit"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/identity", () -> {
            cn.hezuo.group.StudyGroup group = groupLifeGroups.findById(otherMember.get().getGroupId()).orElseThrow();
            return post("/groups/" + group.getId() + "/identity").param("name", "授权测试组" + next()).param("motto", "组训")
                    .param("version", String.valueOf(group.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/goals/{studentId}", () -> {
            cn.hezuo.group.GroupMember member = otherMember.get();
            var goal = groupLifeGoals.findByPlanIdAndStudentId(member.getPlanId(), member.getStudentId());
            var request = post("/groups/" + member.getGroupId() + "/goals/" + member.getStudentId())
                    .param("shortTerm", "短期" + next()).param("longTerm", "长期");
            return goal.map(g -> request.param("version", String.valueOf(g.getVersion()))).orElse(request);
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/groups/{groupId}/nominations", () -> post("/groups/" + ownGroup.get() + "/nominations")
                .param("nomineeId", String.valueOf(pupilId)).param("subjectId", String.valueOf(subjectByName(admin.schoolId(), "数学"))),
                STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/roles", () -> get("/classes/" + classId + "/roles").param("week", "2"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/roles/scheme", () -> post("/classes/" + classId + "/roles/scheme")
                .param("kind", "ROTATING").param("roles", "组织者、记录员、汇报员、总结员、评价员").param("periodWeeks", "1"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/roles/override", () -> post("/classes/" + classId + "/roles/override")
                .param("week", "9").param("studentId", String.valueOf(otherPupil)).param("role", ""), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/nominations", () -> get("/classes/" + classId + "/nominations"),
                CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/nominations/window",
                () -> post("/classes/" + classId + "/nominations/window").param("open", "true"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/nominations/{nominationId}/confirm",
                () -> post("/nominations/" + nominationId + "/confirm").param("confirmed", "false"), CLASS_MANAGERS));
        for (String view : List.of("", "/print", "/projector")) {
            list.add(new Endpoint("GET", "/classes/{classId}/seating" + view, () -> get("/classes/" + classId + "/seating" + view),
                    CLASS_VIEWERS));
        }
        list.add(new Endpoint("POST", "/classes/{classId}/seating", () -> post("/classes/" + classId + "/seating")
                .param("rows", "9").param("cols", "8").param("aisles", "2,4,6"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/seating/move", () -> {
            long planId = active.get().getId();
            var chart = groupLifeCharts.findByPlanId(planId).orElseGet(() -> tx.execute(status ->
                    groupLifeSeating.generate(admin, classId, 9, 8, "2,4,6")));
            return post("/classes/" + classId + "/seating/move").param("studentId", String.valueOf(otherPupil))
                    .param("row", "0").param("col", "0").param("version", String.valueOf(chart.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/register", () -> get("/classes/" + classId + "/register"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/register/export",
                () -> get("/classes/" + classId + "/register/export"), CLASS_VIEWERS));
    }

    @Autowired cn.hezuo.group.roles.LeaderNominationRepository groupLifeNominations;

    private Long entityIdOfLatestNomination() {
        return groupLifeNominations.findAll().stream().mapToLong(n -> n.getId()).max().orElseThrow();
    }
    // ---- end of group life ----
    // ---- 随机点名 and 同伴互评 (issue 5): everything of cn.hezuo.calling and cn.hezuo.peereval. ----
    @Autowired cn.hezuo.calling.CallingService callingService;
    @Autowired cn.hezuo.peereval.PeerRoundService peerRoundService;
    @Autowired cn.hezuo.peereval.PeerRoundRepository peerRoundRepository;

    /** Random calling and peer evaluation rounds for the class's teachers; the student pages for the student. */
    private void callingAndPeerEvaluationEndpoints(List<Endpoint> list, long classId) {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        long drawId = callingService.draw(admin, classId, cn.hezuo.calling.CallingMode.STUDENT, null,
                "authz-" + java.util.UUID.randomUUID()).draw().getId();
        long someStudent = student("070106").getId();
        String calling = "/classes/" + classId + "/calling";
        list.add(new Endpoint("GET", "/classes/{classId}/calling", () -> get(calling), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/calling/log", () -> get(calling + "/log"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/draws", () -> post(calling + "/draws")
                .param("mode", "STUDENT").param("requestId", "authz-" + java.util.UUID.randomUUID()), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/draws/{drawId}/pass",
                () -> post(calling + "/draws/" + drawId + "/pass"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/absent", () -> post(calling + "/absent")
                .param("studentId", String.valueOf(someStudent)).param("absent", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/calling/lessons", () -> post(calling + "/lessons")
                .param("window", "LESSON"), CLASS_VIEWERS));

        // 同伴互评: a round opened by the head teacher (any open one is closed first: one open round per class).
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        peerRoundRepository.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream()
                .filter(cn.hezuo.peereval.PeerRound::isOpen)
                .forEach(r -> peerRoundService.close(head, r.getId(), r.getVersion()));
        long roundId = peerRoundService.open(head, classId, new cn.hezuo.peereval.RoundForm("授权测试互评",
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(7))).getId();
        Supplier<String> roundVersion = () -> String.valueOf(peerRoundRepository.findById(roundId).orElseThrow().getVersion());
        String round = "/peer-evaluation/rounds/" + roundId;
        long me = student("070101").getId();
        list.add(new Endpoint("GET", "/classes/{classId}/peer-evaluation", () -> get("/classes/" + classId
                + "/peer-evaluation"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/peer-evaluation", () -> post("/classes/" + classId
                + "/peer-evaluation").param("name", "授权测试新轮次").param("startsOn", "2030-03-01")
                .param("endsOn", "2030-03-08"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/peer-evaluation/rounds/{roundId}", () -> get(round), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/peer-evaluation/rounds/{roundId}/export", () -> get(round + "/export"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/peer-evaluation/rounds/{roundId}/comments", () -> post(round + "/comments")
                .param("show", "false").param("version", roundVersion.get()), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/peer-evaluation", () -> get("/me/peer-evaluation"), STUDENTS));
        list.add(new Endpoint("POST", "/me/peer-evaluation/{roundId}/ratings", () -> post("/me/peer-evaluation/"
                + roundId + "/ratings").param("task_" + me, "4").param("cooperation_" + me, "4")
                .param("listening_" + me, "4").param("helping_" + me, "4"), STUDENTS));
        list.add(new Endpoint("POST", "/me/peer-evaluation/{roundId}/group-ratings", () -> post("/me/peer-evaluation/"
                + roundId + "/group-ratings").param("score_1", "5"), STUDENTS));
        // Last: closing the round (later personas get the polite "already closed").
        list.add(new Endpoint("POST", "/peer-evaluation/rounds/{roundId}/close", () -> post(round + "/close")
                .param("version", roundVersion.get()), CLASS_VIEWERS));
    }

    // ---- 问卷 (issue 17): everything of cn.hezuo.survey. ----
    @Autowired cn.hezuo.survey.questionnaire.SurveyService surveyService;
    @Autowired cn.hezuo.survey.questionnaire.PaperImportKind paperImportKind;
    @Autowired cn.hezuo.upload.StagedImport stagedImport;

    /** A survey of this class by its head teacher; teachers build, viewers of the class read, the student answers. */
    private void surveyEndpoints(List<Endpoint> list, long classId) {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0701");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        long surveyId = surveyService.create(head, new cn.hezuo.survey.questionnaire.SurveyForm("授权测试问卷", true,
                cn.hezuo.survey.questionnaire.SurveyPhase.ONCE, null, today, today.plusDays(7), List.of(classId),
                List.of("attitude.math"))).getId();
        long questionId = surveyService.questions(surveyId).get(0).getId();
        Set<Persona> teachersAndAdmin = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_OTHER_CLASS,
                Persona.HEAD_TEACHER_OTHER_CLASS, Persona.SUBJECT_TEACHER_THIS_CLASS, Persona.HEAD_TEACHER_THIS_CLASS);
        list.add(new Endpoint("GET", "/surveys", () -> get("/surveys"), teachersAndAdmin));
        list.add(new Endpoint("GET", "/surveys/new", () -> get("/surveys/new"), teachersAndAdmin));
        list.add(new Endpoint("POST", "/surveys", () -> post("/surveys").param("title", "授权测试新问卷")
                .param("anonymous", "true").param("phase", "ONCE").param("opensOn", today.toString())
                .param("closesOn", today.plusDays(3).toString()).param("classIds", String.valueOf(classId))
                .param("bankCodes", "attitude.math"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}", () -> get("/surveys/" + surveyId), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/prepost", () -> get("/surveys/" + surveyId + "/prepost"),
                CLASS_VIEWERS));
        String uploadId = stagedImport.upload(paperImportKind, head, surveyId, "paper.csv",
                "班级,1\n七年级1班,1\n".getBytes(StandardCharsets.UTF_8));
        String imports = "/surveys/" + surveyId + "/import";
        list.add(new Endpoint("GET", "/surveys/{surveyId}/import", () -> get(imports), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/import", () -> post(imports), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/surveys/{surveyId}/import/{uploadId}", () -> get(imports + "/" + uploadId),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/surveys/{surveyId}/import/{uploadId}/confirm",
                () -> post(imports + "/" + uploadId + "/confirm"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/surveys/{surveyId}", () -> get("/me/surveys/" + surveyId), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/answers", () -> post("/me/surveys/" + surveyId
                + "/answers").param("questionId", String.valueOf(questionId)).param("index", "1")
                .param("option", "0"), STUDENTS));
        list.add(new Endpoint("POST", "/me/surveys/{surveyId}/submit", () -> post("/me/surveys/" + surveyId
                + "/submit"), STUDENTS));
    }

    // ---- Classroom evaluation (issue 5): teachers of the class record; settings are the head teacher's. ----
    @Autowired cn.hezuo.evaluation.AwardService evaluationAwards;
    @Autowired cn.hezuo.evaluation.EvaluationItemService evaluationItems;
    @Autowired cn.hezuo.evaluation.EvalItemRepository evaluationItemRepository;
    @Autowired cn.hezuo.evaluation.EvaluationSettingsService evaluationSettings;
    @Autowired cn.hezuo.group.StudyGroupRepository studyGroups;

    /** 课堂评价 in this class; the demo student 070101 is no recorder, so every student call is refused. */
    private void evaluationEndpoints(List<Endpoint> list, long classId) {
        HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass thisClass = classes.findById(classId).orElseThrow();
        evaluationItems.createDefaults(thisClass.getSchoolId(), thisClass.getId(), thisClass.getName(), java.util.Locale.SIMPLIFIED_CHINESE);
        long itemId = evaluationItemRepository.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(classId).get(0).getId();
        Supplier<Long> groupId = () -> studyGroups.findByPlanIdOrderByNumberAsc(
                planRepository.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(0).getId();
        Supplier<String> award = () -> "{\"requestId\":\"" + java.util.UUID.randomUUID() + "\",\"itemId\":" + itemId
                + ",\"target\":\"GROUP\",\"groupId\":" + groupId.get() + "}";
        String base = "/classes/" + classId + "/evaluation";
        Set<Persona> nobody = EnumSet.noneOf(Persona.class);
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation", () -> get(base), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/phone", () -> get(base + "/phone"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/totals", () -> get(base + "/totals"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/awards", () -> post(base + "/awards")
                .contentType("application/json").content(award.get()), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/awards/{actionId}/undo", () -> {
            long actionId = evaluationAwards.award(admin, classId,
                    new cn.hezuo.evaluation.AwardRequest(java.util.UUID.randomUUID().toString(), itemId,
                            cn.hezuo.evaluation.AwardTarget.GROUP, groupId.get(), null)).actionId();
            return post(base + "/awards/" + actionId + "/undo");
        }, CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/items", () -> get(base + "/items"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items", () -> post(base + "/items")
                .param("name", "授权测试项" + next()).param("kind", "PRAISE").param("points", "1")
                .param("icon", "STAR").param("colour", "INFO").param("stage", "HOMEWORK").param("version", "-1"),
                CLASS_VIEWERS));
        // Issue 11: classes get their default items when created; this button is for a class from before without any.
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/defaults",
                () -> post(base + "/items/defaults"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/{itemId}", () -> {
            cn.hezuo.evaluation.EvalItem item = evaluationItemRepository.findById(itemId).orElseThrow();
            return post(base + "/items/" + itemId).param("name", item.getName()).param("kind", item.getKind().name())
                    .param("points", String.valueOf(item.getPoints())).param("icon", item.getIcon().name())
                    .param("colour", item.getColour().name()).param("stage", item.getStage().name())
                    .param("version", String.valueOf(item.getVersion()));
        }, CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/{itemId}/retired",
                () -> post(base + "/items/" + itemId + "/retired").param("retired", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/settings", () -> get(base + "/settings"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/settings", () -> {
            cn.hezuo.evaluation.EvalSettings current = evaluationSettings.of(thisClass.getSchoolId(), classId);
            return post(base + "/settings").param("bundled", "true")
                    .param("version", String.valueOf(current.isNew() ? -1 : current.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/recorders", () -> post(base + "/recorders"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/report", () -> get(base + "/report")
                .param("period", "TERM"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/report.xlsx", () -> get(base + "/report.xlsx")
                .param("period", "THIS_WEEK"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly", () -> get(base + "/weekly"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/recorder", () -> get("/me/recorder"), nobody));
    }

    // ---- Weekly star form (周评表) and the weekly export (issue 5): teachers of the class; 070101 is no 学习委员. ----
    @Autowired cn.hezuo.evaluation.WeeklyStarsQuery weeklyStars;

    private void weeklyStarsEndpoints(List<Endpoint> list, long classId) {
        Supplier<Long> groupId = () -> studyGroups.findByPlanIdOrderByNumberAsc(
                planRepository.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(0).getId();
        String base = "/classes/" + classId + "/evaluation";
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly/stars", () -> get(base + "/weekly/stars")
                .param("week", "1"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/weekly/stars", () -> {
            long group = groupId.get();
            return post(base + "/weekly/stars").param("week", "1").param("groupId", String.valueOf(group))
                    .param("version", String.valueOf(weeklyStars.versionOf(classId, 1, group)))
                    .param("studyPlan", "4").param("answering", "3").param("challenge", "5").param("reflection", "2")
                    .param("comment", "授权测试");
        }, CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly.xlsx", () -> get(base + "/weekly.xlsx")
                .param("week", "1"), CLASS_VIEWERS));
    }

    // ---- Monthly commendation (issue 5): teachers of the class look, the head teacher confirms, the admin rolls up. ----
    @Autowired cn.hezuo.commendation.CommendationRepository commendationRepository;
    @Autowired java.time.Clock commendationClock;

    /** 每月表彰 of this class; the demo school has a confirmed commendation of last month in it. */
    private void commendationEndpoints(List<Endpoint> list, long classId) {
        java.time.YearMonth lastMonth = java.time.YearMonth.now(commendationClock).minusMonths(1);
        long commendationId = commendationRepository.findByClassIdAndMonthOrderByRevisionDesc(classId,
                lastMonth.toString()).get(0).getId();
        java.time.YearMonth testMonth = java.time.YearMonth.now(commendationClock).minusMonths(30);
        Supplier<String> latest = () -> String.valueOf(commendationRepository.findByClassIdAndMonthOrderByRevisionDesc(
                classId, testMonth.toString()).stream().findFirst().map(c -> c.getRevision()).orElse(0));
        Supplier<Long> groupId = () -> studyGroups.findByPlanIdOrderByNumberAsc(
                planRepository.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(0).getId();
        String base = "/classes/" + classId + "/commendation";
        list.add(new Endpoint("GET", "/classes/{classId}/commendation", () -> get(base), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/commendation", () -> post(base)
                .param("month", testMonth.toString()).param("basedOn", latest.get()).param("w_POINTS", "1")
                .param("groups", "2").param("mode", "PER_GROUP").param("individuals", "5")
                .param("g_" + groupId.get(), "on"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/commendations/{commendationId}/certificates",
                () -> get("/commendations/" + commendationId + "/certificates"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/certificates", () -> get("/me/certificates"), STUDENTS));
        list.add(new Endpoint("GET", "/admin/commendations", () -> get("/admin/commendations"), ADMIN));
        list.add(new Endpoint("GET", "/admin/commendations.xlsx", () -> get("/admin/commendations.xlsx"), ADMIN));
    }
}
