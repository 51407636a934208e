package cn.hezuo.exam;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SubjectRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh data for exam tests in the shared demo database: a class of its own with students whose 学号 are unique, and
 * exams made through {@link ExamService} like a teacher would. Import with {@code @Import(ExamTestData.class)}.
 */
@Component
public class ExamTestData {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

    private final UserDetailsService users;
    private final SchoolSetupService setup;
    private final SchoolClassRepository classes;
    private final StudentRepository students;
    private final SubjectRepository subjects;
    private final ExamService exams;
    private final TransactionTemplate tx;

    ExamTestData(UserDetailsService users, SchoolSetupService setup, SchoolClassRepository classes,
                 StudentRepository students, SubjectRepository subjects, ExamService exams, TransactionTemplate tx) {
        this.users = users;
        this.setup = setup;
        this.classes = classes;
        this.students = students;
        this.subjects = subjects;
        this.exams = exams;
        this.tx = tx;
    }

    public HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    public SchoolClass demoClass(String name) {
        return classes.findAll().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }

    public long subject(String name) {
        HezuoUser admin = user("admin");
        return subjects.findBySchoolIdOrderBySortOrderAscIdAsc(admin.schoolId()).stream()
                .filter(s -> s.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    /** A new class in 七年级 with {@code size} students; 学号 are "T" + a unique number + the seat, e.g. T0412-03. */
    public List<Student> freshClass(int size) {
        HezuoUser admin = user("admin");
        int n = NEXT.incrementAndGet();
        long gradeId = demoClass("七年级1班").getGradeId();
        return tx.execute(status -> {
            SchoolClass created = setup.createClass(admin.schoolId(), gradeId, "考试测试" + n + "班", null);
            List<Student> list = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                list.add(students.save(new Student(admin.schoolId(), created.getId(),
                        String.format("T%04d-%02d", n, i), "学生" + n + "-" + i, i % 2 == 0 ? Gender.F : Gender.M)));
            }
            return list;
        });
    }

    /** A 数学 exam of these classes laid out as objective × 3 points then subjective × {@code subjectivePoints}. */
    public Exam mathExam(List<Long> classIds, int objective, int subjective, int subjectivePoints) {
        return exams.create(user("admin"), new ExamForm("测试考试" + NEXT.incrementAndGet(), subject("数学"), null,
                LocalDate.of(2031, 5, 1), classIds, false, null, objective, BigDecimal.valueOf(3), subjective,
                BigDecimal.valueOf(subjectivePoints), BigDecimal.valueOf(60), BigDecimal.valueOf(85),
                BigDecimal.valueOf(40), null));
    }

    /** A totals-only 数学 exam of these classes. */
    public Exam totalsExam(List<Long> classIds, LocalDate date, int fullMarks) {
        return exams.create(user("admin"), new ExamForm("前测" + NEXT.incrementAndGet(), subject("数学"), null, date,
                classIds, true, BigDecimal.valueOf(fullMarks), null, null, null, null, BigDecimal.valueOf(60),
                BigDecimal.valueOf(85), BigDecimal.valueOf(40), null));
    }
}
