package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountRepository;
import cn.hezuo.account.Role;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.Grade;
import cn.hezuo.school.GradeRepository;
import cn.hezuo.school.School;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SchoolRepository;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.school.Term;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherRepository;
import cn.hezuo.teacher.TeachingAssignment;
import cn.hezuo.teacher.TeachingAssignmentRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo school on first start: the current term, 七年级 and 八年级 with three classes each of
 * 40–50 students, prior scores in 语文/数学/英语, a head teacher and two subject teachers per class, an
 * admin. Seeded, so every fresh start produces the same school.
 */
@Component
public class DemoSchoolLoader {

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "物理", "道德与法治", "历史", "地理", "生物");

    private final SchoolRepository schools;
    private final SchoolSetupService setup;
    private final GradeRepository grades;
    private final SubjectRepository subjects;
    private final SchoolClassRepository classes;
    private final TeacherRepository teachers;
    private final TeachingAssignmentRepository assignments;
    private final StudentRepository students;
    private final StudentScoreRepository scores;
    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final DemoExams exams;
    private final DemoGroups demoGroups;
    private final DemoCallingAndPeerEvaluation callingAndPeerEvaluation;
    private final DemoCommendations commendations;
    /** Issue 17's 前测/后测; a field, so the constructor other features extend stays as it is. */
    @org.springframework.beans.factory.annotation.Autowired
    private cn.hezuo.survey.questionnaire.SurveyDemo surveyDemo;

    DemoSchoolLoader(SchoolRepository schools, SchoolSetupService setup, GradeRepository grades, SubjectRepository subjects,
                     SchoolClassRepository classes, TeacherRepository teachers, TeachingAssignmentRepository assignments,
                     StudentRepository students, StudentScoreRepository scores, AccountRepository accounts,
                     PasswordEncoder encoder, AuditTrail audit, Clock clock, DemoExams exams,
                     DemoGroups demoGroups, DemoCallingAndPeerEvaluation callingAndPeerEvaluation,
                     DemoCommendations commendations) {
        this.schools = schools;
        this.setup = setup;
        this.grades = grades;
        this.subjects = subjects;
        this.classes = classes;
        this.teachers = teachers;
        this.assignments = assignments;
        this.students = students;
        this.scores = scores;
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.exams = exams;
        this.demoGroups = demoGroups;
        this.callingAndPeerEvaluation = callingAndPeerEvaluation;
        this.commendations = commendations;
    }

    @Transactional
    public void load() {
        Random random = new Random(DemoSchool.SEED);
        ChineseNames names = new ChineseNames(random);
        // One hash for every demo login: BCrypt per account would make first start take half a minute.
        String passwordHash = encoder.encode(DemoSchool.PASSWORD);
        School school = schools.save(new School(DemoSchool.SCHOOL_NAME));
        long schoolId = school.getId();
        setup.seedDemoTerm(currentTerm(schoolId, LocalDate.now(clock)));
        List<Subject> subjectList = new ArrayList<>();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            subjectList.add(subjects.save(new Subject(schoolId, SUBJECTS.get(i), i + 1)));
        }
        Subject chinese = subjectList.get(0);
        Subject math = subjectList.get(1);
        Subject english = subjectList.get(2);
        accounts.save(demoAccount(schoolId, "admin", Role.ADMIN, "教务处管理员", passwordHash));

        Set<String> teacherNames = new HashSet<>();
        int studentCount = 0;
        for (int g = 0; g < DemoSchool.GRADES.size(); g++) {
            Grade grade = grades.save(new Grade(schoolId, DemoSchool.GRADES.get(g), g + 1));
            for (int c = 1; c <= DemoSchool.CLASSES_PER_GRADE; c++) {
                Teacher head = teacher(schoolId, DemoSchool.headUsername(g, c), uniqueName(names, teacherNames, random), passwordHash);
                Teacher mathTeacher = teacher(schoolId, DemoSchool.mathUsername(g, c), uniqueName(names, teacherNames, random), passwordHash);
                Teacher englishTeacher = teacher(schoolId, DemoSchool.englishUsername(g, c), uniqueName(names, teacherNames, random), passwordHash);
                SchoolClass schoolClass = setup.createClass(schoolId, grade.getId(), DemoSchool.className(g, c),
                        head.getId(), java.util.Locale.SIMPLIFIED_CHINESE);
                assignments.save(new TeachingAssignment(schoolId, schoolClass.getId(), head.getId(), chinese.getId()));
                assignments.save(new TeachingAssignment(schoolId, schoolClass.getId(), mathTeacher.getId(), math.getId()));
                assignments.save(new TeachingAssignment(schoolId, schoolClass.getId(), englishTeacher.getId(), english.getId()));
                studentCount += loadStudents(schoolId, schoolClass, g, c, names, random, passwordHash,
                        List.of(chinese, math, english));
                demoGroups.formGroups(schoolClass, head, accounts.findById(head.getAccountId()).orElseThrow());
            }
        }
        audit.record(schoolId, "system", "DEMO_LOAD", "School", schoolId,
                AuditText.of("audit.msg.demo.school", studentCount));
        exams.load(schoolId);
        callingAndPeerEvaluation.load(schoolId);
        commendations.load(schoolId);
        java.util.Map<String, Long> classIds = new java.util.HashMap<>();
        classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId).forEach(c -> classIds.put(c.getName(), c.getId()));
        surveyDemo.load(schoolId, DemoSchool.headUsername(0, 1), List.of(classIds.get(DemoSchool.className(0, 1)),
                classIds.get(DemoSchool.className(0, 3))), classIds.get(DemoSchool.className(0, 2)), DemoSchool.SEED + 17);
    }

    private int loadStudents(long schoolId, SchoolClass schoolClass, int grade, int number, ChineseNames names,
                             Random random, String passwordHash, List<Subject> scoredSubjects) {
        int size = 40 + random.nextInt(11);
        Set<String> used = new HashSet<>();
        for (int seq = 1; seq <= size; seq++) {
            Gender gender = random.nextBoolean() ? Gender.M : Gender.F;
            String name = names.next(gender);
            while (!used.add(name)) {
                name = names.next(gender);
            }
            // Two 王浩 in different classes is normal; the demo keeps one such pair on purpose.
            if (seq == 7 && number <= 2 && grade == 0) {
                name = "王浩";
                gender = Gender.M;
            }
            String studentNo = DemoSchool.studentNo(grade, number, seq);
            Student student = new Student(schoolId, schoolClass.getId(), studentNo, name, gender);
            int personality = random.nextInt(5);
            student.setPersonality(personality < 2 ? "外向" : personality < 4 ? "内向" : null);
            Account account = accounts.save(demoAccount(schoolId, studentNo, Role.STUDENT, name, passwordHash));
            student.setAccountId(account.getId());
            students.save(student);
            double ability = random.nextGaussian();
            for (Subject subject : scoredSubjects) {
                // Subject scores share a common ability (correlation ≈ 0.6) like real report cards.
                double z = 0.77 * ability + 0.63 * random.nextGaussian();
                long score = Math.round(Math.max(25, Math.min(120, 90 + 15 * z)));
                scores.save(new StudentScore(student.getId(), subject.getId(), BigDecimal.valueOf(score).setScale(1)));
            }
        }
        return size;
    }

    private Teacher teacher(long schoolId, String username, String name, String passwordHash) {
        Account account = accounts.save(demoAccount(schoolId, username, Role.TEACHER, name + "老师", passwordHash));
        Teacher teacher = new Teacher(schoolId, name, "T" + username.replaceAll("\\D", ""), null);
        teacher.setAccountId(account.getId());
        return teachers.save(teacher);
    }

    private static String uniqueName(ChineseNames names, Set<String> used, Random random) {
        String name;
        do {
            name = names.next(random.nextBoolean() ? Gender.M : Gender.F);
        } while (!used.add(name));
        return name;
    }

    private static Account demoAccount(long schoolId, String username, Role role, String displayName, String hash) {
        Account account = new Account(schoolId, username, hash, role, displayName);
        account.setMustChangePassword(false);
        return account;
    }

    /** The term containing today: autumn term Sep 1 – Jan 20, spring term Feb 20 – Jul 10. */
    static Term currentTerm(long schoolId, LocalDate today) {
        int year = today.getYear();
        if (today.getMonthValue() >= 8 || today.getMonthValue() == 1) {
            int startYear = today.getMonthValue() == 1 ? year - 1 : year;
            return new Term(schoolId, startYear + "—" + (startYear + 1) + "学年第一学期",
                    LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 1, 20));
        }
        return new Term(schoolId, (year - 1) + "—" + year + "学年第二学期",
                LocalDate.of(year, 2, 1), LocalDate.of(year, 7, 10));
    }
}
