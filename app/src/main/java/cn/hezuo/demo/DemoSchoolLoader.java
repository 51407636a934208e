package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountSeeds;
import cn.hezuo.account.Role;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.DemoExams;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.RosterSeeds;
import cn.hezuo.roster.Student;
import cn.hezuo.school.Grade;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSeed;
import cn.hezuo.school.SchoolSeeds;
import cn.hezuo.school.Subject;
import cn.hezuo.school.Term;
import cn.hezuo.school.TermPeriodKind;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherSeeds;
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
class DemoSchoolLoader implements SchoolSeed {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DemoSchoolLoader.class);

    static final List<String> SUBJECTS = List.of("语文", "数学", "英语", "物理", "道德与法治", "历史", "地理", "生物");

    /** Emptied after each class and each part: see {@link PersistenceContextReset}. */
    @org.springframework.beans.factory.annotation.Autowired
    private PersistenceContextReset reset;

    private final SchoolSeeds school;
    private final TeacherSeeds teachers;
    private final RosterSeeds roster;
    private final AccountSeeds accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;
    private final DemoExams exams;
    private final DemoGroups demoGroups;
    private final DemoCallingAndPeerEvaluation callingAndPeerEvaluation;
    private final DemoCommendations commendations;
    private final DemoResearch research;
    private final DemoLessonStudy lessonStudy;
    private final DemoMutualHelp mutualHelp;
    /** Issue 17's 前测/后测; a field, so the constructor other features extend stays as it is. */
    @org.springframework.beans.factory.annotation.Autowired
    private cn.hezuo.survey.questionnaire.SurveyDemo surveyDemo;
    @org.springframework.beans.factory.annotation.Autowired
    private cn.hezuo.school.ClassDirectory classDirectory;
    /** Issue 13's parents and class notices; a field for the same reason. */
    @org.springframework.beans.factory.annotation.Autowired
    private DemoFamilies families;
    /** Issue 15's 观课 lessons; a field like the surveys', so the constructor stays as it is. */
    @org.springframework.beans.factory.annotation.Autowired
    private DemoObservation observationDemo;
    /** Issue 17's 课题 over the same classes (after the surveys and exams it draws on). */
    @org.springframework.beans.factory.annotation.Autowired
    private cn.hezuo.survey.project.ProjectSeeds projectSeeds;

    DemoSchoolLoader(SchoolSeeds school, TeacherSeeds teachers, RosterSeeds roster,
                     AccountSeeds accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock, DemoExams exams,
                     DemoGroups demoGroups, DemoCallingAndPeerEvaluation callingAndPeerEvaluation,
                     DemoCommendations commendations, DemoResearch research, DemoMutualHelp mutualHelp,
                     DemoLessonStudy lessonStudy) {
        this.lessonStudy = lessonStudy;
        this.school = school;
        this.research = research;
        this.mutualHelp = mutualHelp;
        this.teachers = teachers;
        this.roster = roster;
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
        // Every test context loads the demo school; the per-part times in the log show where its start-up goes.
        org.springframework.util.StopWatch watch = new org.springframework.util.StopWatch("demo school");
        watch.start("school, roster, groups");
        Random random = new Random(DemoSchool.SEED);
        ChineseNames names = new ChineseNames(random);
        // One hash for every demo login: BCrypt per account would make first start take half a minute.
        String passwordHash = encoder.encode(DemoSchool.PASSWORD);
        long schoolId = school.school(DemoSchool.SCHOOL_NAME).getId();
        Term term = school.term(currentTerm(schoolId, LocalDate.now(clock)));
        holidaysAndExams(term);
        List<Subject> subjectList = new ArrayList<>();
        for (int i = 0; i < SUBJECTS.size(); i++) {
            subjectList.add(school.subject(schoolId, SUBJECTS.get(i), i + 1));
        }
        Subject chinese = subjectList.get(0);
        Subject math = subjectList.get(1);
        Subject english = subjectList.get(2);
        accounts.account(schoolId, "admin", Role.ADMIN, "教务处管理员", passwordHash);

        Set<String> teacherNames = new HashSet<>();
        int studentCount = 0;
        for (int g = 0; g < DemoSchool.GRADES.size(); g++) {
            Grade grade = school.grade(schoolId, DemoSchool.GRADES.get(g), g + 1);
            for (int c = 1; c <= DemoSchool.CLASSES_PER_GRADE; c++) {
                Staff head = teacher(schoolId, DemoSchool.headUsername(g, c), uniqueName(names, teacherNames, random), passwordHash);
                Teacher mathTeacher = teacher(schoolId, DemoSchool.mathUsername(g, c), uniqueName(names, teacherNames, random), passwordHash).teacher();
                Teacher englishTeacher = teacher(schoolId, DemoSchool.englishUsername(g, c), uniqueName(names, teacherNames, random), passwordHash).teacher();
                SchoolClass schoolClass = school.schoolClass(schoolId, grade.getId(), DemoSchool.className(g, c),
                        head.teacher().getId());
                teachers.assign(schoolId, schoolClass.getId(), head.teacher().getId(), chinese.getId());
                teachers.assign(schoolId, schoolClass.getId(), mathTeacher.getId(), math.getId());
                teachers.assign(schoolId, schoolClass.getId(), englishTeacher.getId(), english.getId());
                studentCount += loadStudents(schoolId, schoolClass, g, c, names, random, passwordHash,
                        List.of(chinese, math, english));
                demoGroups.formGroups(schoolClass, head.teacher(), head.account());
                flushAndClear();
            }
        }
        audit.record(schoolId, "system", "DEMO_LOAD", "School", schoolId,
                AuditText.of("audit.msg.demo.school", studentCount));
        flushAndClear();
        watch.stop();
        watch.start("exams");
        exams.load(schoolId, DemoSchool.SEED + 6);
        flushAndClear();
        watch.stop();
        watch.start("calling, peer evaluation");
        callingAndPeerEvaluation.load(schoolId);
        flushAndClear();
        watch.stop();
        watch.start("commendations");
        commendations.load(schoolId);
        flushAndClear();
        watch.stop();
        watch.start("research");
        research.load(schoolId);
        lessonStudy.load(schoolId);
        observationDemo.load(schoolId);
        flushAndClear();
        watch.stop();
        watch.start("mutual help");
        mutualHelp.load(schoolId);
        flushAndClear();
        watch.stop();
        watch.start("help pairs, study plans");
        java.util.Map<String, Long> pairClassIds = new java.util.HashMap<>();
        classDirectory.ofSchool(schoolId).forEach(c -> pairClassIds.put(c.getName(), c.getId()));
        mutualHelp.loadPairsAndPlans(schoolId, List.of(pairClassIds.get(DemoSchool.className(0, 1)),
                pairClassIds.get(DemoSchool.className(0, 2))));
        watch.stop();
        watch.start("families");
        families.load(schoolId, passwordHash);
        flushAndClear();
        watch.stop();
        watch.start("surveys");
        java.util.Map<String, Long> classIds = new java.util.HashMap<>();
        classDirectory.ofSchool(schoolId).forEach(c -> classIds.put(c.getName(), c.getId()));
        surveyDemo.load(schoolId, DemoSchool.headUsername(0, 1), List.of(classIds.get(DemoSchool.className(0, 1)),
                classIds.get(DemoSchool.className(0, 3))), classIds.get(DemoSchool.className(0, 2)), DemoSchool.SEED + 17);
        projectSeeds.load(schoolId, DemoSchool.headUsername(0, 1), List.of(classIds.get(DemoSchool.className(0, 1)),
                classIds.get(DemoSchool.className(0, 3))), classIds.get(DemoSchool.className(0, 2)));
        flushAndClear();
        watch.stop();
        log.info("Demo school loaded in {} ms: {}", watch.getTotalTimeMillis(), java.util.Arrays.stream(watch.getTaskInfo())
                .map(t -> t.getTaskName() + " " + t.getTimeMillis() + " ms").collect(java.util.stream.Collectors.joining(", ")));
    }

    private void flushAndClear() {
        reset.flushAndClear();
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
            Account account = accounts.account(schoolId, studentNo, Role.STUDENT, name, passwordHash);
            student.setAccountId(account.getId());
            roster.student(student);
            double ability = random.nextGaussian();
            for (Subject subject : scoredSubjects) {
                // Subject scores share a common ability (correlation ≈ 0.6) like real report cards.
                double z = 0.77 * ability + 0.63 * random.nextGaussian();
                long score = Math.round(Math.max(25, Math.min(120, 90 + 15 * z)));
                roster.priorScore(student.getId(), subject.getId(), BigDecimal.valueOf(score).setScale(1));
            }
        }
        return size;
    }

    /** A teacher and their login. */
    private record Staff(Teacher teacher, Account account) {
    }

    private Staff teacher(long schoolId, String username, String name, String passwordHash) {
        Account account = accounts.account(schoolId, username, Role.TEACHER, name + "老师", passwordHash);
        Teacher teacher = teachers.teacher(schoolId, name, "T" + username.replaceAll("\\D", ""), account.getId());
        return new Staff(teacher, account);
    }

    private static String uniqueName(ChineseNames names, Set<String> used, Random random) {
        String name;
        do {
            name = names.next(random.nextBoolean() ? Gender.M : Gender.F);
        } while (!used.add(name));
        return name;
    }

    /** The term containing today: autumn term Sep 1 – Jan 20, spring term Feb 20 – Jul 10. */
    /** The usual 放假 and 考试周 of a Chinese term, so the calendar and the 集体备课 rotation show them. */
    private void holidaysAndExams(Term term) {
        int year = term.getStartDate().getYear();
        if (term.getStartDate().getMonthValue() >= 8) {
            school.period(term, TermPeriodKind.HOLIDAY, "国庆节", LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 7));
            examWeek(term, "期中考试", LocalDate.of(year, 11, 10));
            examWeek(term, "期末考试", LocalDate.of(year + 1, 1, 12));
        } else {
            school.period(term, TermPeriodKind.HOLIDAY, "清明节", LocalDate.of(year, 4, 4), LocalDate.of(year, 4, 6));
            examWeek(term, "期中考试", LocalDate.of(year, 4, 20));
            school.period(term, TermPeriodKind.HOLIDAY, "劳动节", LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 5));
            examWeek(term, "期末考试", LocalDate.of(year, 6, 29));
        }
    }

    private void examWeek(Term term, String name, LocalDate day) {
        LocalDate monday = cn.hezuo.school.SchoolCalendar.mondayOf(day);
        school.period(term, TermPeriodKind.EXAM, name, monday, monday.plusDays(4));
    }

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
