package cn.hezuo.exam;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.results.ExamResultStore;
import cn.hezuo.exam.results.PackedScores;
import cn.hezuo.exam.results.StoredResult;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.Grade;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo school's 数学 exams, so that every report has data on first start: per grade a totals-only pre-test
 * (期初测试) and a mid-term (期中考试) of 25 items — 12 objective (3 points, options A–D) and 13 subjective, 120 in
 * all — tagged with 有理数, 整式, 一元一次方程 and 几何初步. Scores follow each student's prior 数学 score (a simple
 * logistic item model), class 1 of each grade gains a little more (the experiment page has an effect to show), two
 * students per grade miss the mid-term, and item 11 has a misleading key so the item report flags it. Seeded: every
 * fresh start produces the same results. The exam feature's part of the demo school ({@code cn.hezuo.demo} calls it
 * after the school, classes and students exist).
 */
@Component
public class DemoExams {

    static final String PRE_TEST = "期初测试";
    static final String MID_TERM = "期中考试";
    private static final String KEYS = "BDACCABDBCAD";
    private static final String RATIONAL = "有理数";
    private static final String POLYNOMIAL = "整式";
    private static final String EQUATION = "一元一次方程";
    private static final String GEOMETRY = "几何初步";

    /** Item layout: maximum, half points allowed, knowledge points. */
    private record Spec(int max, boolean half, List<String> points) {
    }

    private final ExamRepository exams;
    private final ExamClassRepository examClasses;
    private final ExamItemRepository items;
    private final KnowledgePointRepository knowledgePoints;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;
    private final StudentDirectory students;
    private final SchoolCalendar calendar;
    private final ExamResultStore results;
    private final AuditTrail audit;
    private final Clock clock;

    DemoExams(ExamRepository exams, ExamClassRepository examClasses, ExamItemRepository items,
              KnowledgePointRepository knowledgePoints, SubjectDirectory subjects,
              ClassDirectory classes, StudentDirectory students,
              SchoolCalendar calendar, ExamResultStore results, AuditTrail audit, Clock clock) {
        this.exams = exams;
        this.examClasses = examClasses;
        this.items = items;
        this.knowledgePoints = knowledgePoints;
        this.subjects = subjects;
        this.classes = classes;
        this.students = students;
        this.calendar = calendar;
        this.results = results;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void load(long schoolId, long seed) {
        Random random = new Random(seed);
        Subject math = subjects.ofSchool(schoolId).stream()
                .filter(s -> s.getName().equals("数学")).findFirst().orElseThrow();
        Long termId = calendar.terms(schoolId).stream().findFirst().map(SchoolTerm::id)
                .orElse(null);
        for (String point : List.of(RATIONAL, POLYNOMIAL, EQUATION, GEOMETRY)) {
            knowledgePoints.save(new KnowledgePoint(schoolId, math.getId(), point));
        }
        LocalDate today = LocalDate.now(clock);
        for (Grade grade : classes.grades(schoolId)) {
            List<SchoolClass> gradeClasses = classes.ofSchool(schoolId).stream()
                    .filter(c -> c.getGradeId().equals(grade.getId())).sorted(SchoolClass.DISPLAY_ORDER).toList();
            loadGrade(schoolId, grade, gradeClasses, math, termId, today, random);
        }
    }

    private void loadGrade(long schoolId, Grade grade, List<SchoolClass> gradeClasses, Subject math, Long termId,
                           LocalDate today, Random random) {
        Map<Long, List<Student>> byClass = new HashMap<>();
        List<Long> studentIds = new ArrayList<>();
        for (SchoolClass c : gradeClasses) {
            List<Student> list = students.ofClass(c.getId());
            byClass.put(c.getId(), list);
            list.forEach(s -> studentIds.add(s.getId()));
        }
        Map<Long, Double> prior = new HashMap<>();
        for (StudentScore score : students.priorScores(studentIds)) {
            if (score.getSubjectId().equals(math.getId())) {
                prior.put(score.getStudentId(), score.getScore().doubleValue());
            }
        }
        Exam pre = exam(schoolId, grade.getName() + "数学" + PRE_TEST, math, termId, today.minusDays(70), true,
                gradeClasses);
        Exam mid = exam(schoolId, grade.getName() + "数学" + MID_TERM, math, termId, today.minusDays(14), false,
                gradeClasses);
        List<Spec> specs = specs();
        for (int j = 0; j < specs.size(); j++) {
            Spec spec = specs.get(j);
            ExamItem item = new ExamItem(schoolId, mid.getId(), j + 1);
            boolean objective = j < KEYS.length();
            item.update(String.valueOf(j + 1), objective, BigDecimal.valueOf(spec.max()), spec.half(),
                    objective ? String.valueOf(KEYS.charAt(j)) : null, spec.points());
            items.save(item);
        }
        List<StoredResult> preRows = new ArrayList<>();
        List<StoredResult> midRows = new ArrayList<>();
        for (int c = 0; c < gradeClasses.size(); c++) {
            SchoolClass schoolClass = gradeClasses.get(c);
            List<Student> list = byClass.get(schoolClass.getId());
            for (int s = 0; s < list.size(); s++) {
                Student student = list.get(s);
                double priorScore = prior.getOrDefault(student.getId(), 90.0);
                double pretest = Math.max(0, Math.min(120, Math.round(priorScore - 14 + 6 * random.nextGaussian())));
                preRows.add(new StoredResult(pre.getId(), student.getId(), schoolClass.getId(), false, pretest,
                        null, null));
                // Ability from the prior score; the first class of the grade is the 实验班 and gains a little more.
                double ability = (priorScore - 90) / 15 + 0.3 * random.nextGaussian() + (c == 0 ? 0.3 : 0);
                boolean absent = (c == 1 && s == 2) || (c == 2 && s == 4);
                midRows.add(absent ? StoredResult.absent(mid.getId(), student.getId(), schoolClass.getId())
                        : answers(mid.getId(), student.getId(), schoolClass.getId(), ability, specs, random));
            }
        }
        exams.flush(); // the JDBC inserts below refer to rows JPA has not written yet
        results.replace(schoolId, pre.getId(), List.of(), preRows, "system", clock.instant());
        results.replace(schoolId, mid.getId(), List.of(), midRows, "system", clock.instant());
        audit.record(schoolId, "system", "DEMO_LOAD", "Exam", mid.getId(), AuditText.of("audit.msg.demo.exams",
                grade.getName(), preRows.size(), midRows.size()));
    }

    private StoredResult answers(long examId, long studentId, long classId, double ability, List<Spec> specs,
                                 Random random) {
        double[] points = new double[specs.size()];
        StringBuilder options = new StringBuilder();
        double total = 0;
        for (int j = 0; j < specs.size(); j++) {
            Spec spec = specs.get(j);
            // Later items are harder; geometry a little harder still.
            double difficulty = -2.2 + 2.6 * j / (specs.size() - 1) + (spec.points().contains(GEOMETRY) ? 0.3 : 0);
            if (j < KEYS.length()) {
                char key = KEYS.charAt(j);
                // Item 11's key is misleading: the strongest students pick another option.
                double p = j == 10 ? logistic(-0.9 * ability - 0.2) : logistic(1.3 * (ability - difficulty));
                char chosen;
                if (random.nextDouble() < p) {
                    chosen = key;
                } else if (random.nextDouble() < 0.04) {
                    chosen = PackedScores.BLANK;
                } else {
                    String wrong = "ABCD".replace(String.valueOf(key), "");
                    chosen = wrong.charAt(random.nextInt(wrong.length()));
                }
                points[j] = chosen == key ? spec.max() : 0;
                options.append(chosen);
            } else {
                double share = logistic(1.3 * (ability - difficulty)) + 0.12 * random.nextGaussian();
                double step = spec.half() ? 0.5 : 1;
                double value = Math.round(Math.max(0, Math.min(1, share)) * spec.max() / step) * step;
                points[j] = Math.max(0, Math.min(spec.max(), value));
                options.append(PackedScores.SUBJECTIVE);
            }
            total += points[j];
        }
        return new StoredResult(examId, studentId, classId, false, total, PackedScores.packPoints(points),
                options.toString());
    }

    private Exam exam(long schoolId, String name, Subject subject, Long termId, LocalDate date, boolean totalOnly,
                      List<SchoolClass> sat) {
        Exam exam = exams.save(new Exam(schoolId, name, subject.getId(), termId, date, totalOnly,
                BigDecimal.valueOf(120), "system", clock.instant()));
        sat.forEach(c -> examClasses.save(new ExamClass(schoolId, exam.getId(), c.getId())));
        return exam;
    }

    /** 12 objective items of 3 points, then 4×4, 4×6, 3×8 and 2×10 subjective points: 120 in all. */
    private static List<Spec> specs() {
        List<Spec> specs = new ArrayList<>();
        List<List<String>> objectivePoints = List.of(List.of(RATIONAL), List.of(RATIONAL), List.of(RATIONAL),
                List.of(POLYNOMIAL), List.of(POLYNOMIAL), List.of(POLYNOMIAL), List.of(EQUATION),
                List.of(EQUATION, POLYNOMIAL), List.of(EQUATION), List.of(GEOMETRY), List.of(GEOMETRY),
                List.of(GEOMETRY, RATIONAL));
        objectivePoints.forEach(points -> specs.add(new Spec(3, false, points)));
        List<String> four = List.of(RATIONAL, POLYNOMIAL, EQUATION, GEOMETRY);
        four.forEach(point -> specs.add(new Spec(4, false, List.of(point))));
        four.forEach(point -> specs.add(new Spec(6, false, List.of(point))));
        specs.add(new Spec(8, false, List.of(EQUATION)));
        specs.add(new Spec(8, false, List.of(POLYNOMIAL, EQUATION)));
        specs.add(new Spec(8, false, List.of(GEOMETRY)));
        specs.add(new Spec(10, true, List.of(EQUATION)));
        specs.add(new Spec(10, true, List.of(GEOMETRY)));
        return specs;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
