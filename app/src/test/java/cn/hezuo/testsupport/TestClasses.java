package cn.hezuo.testsupport;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.GroupPlanService;
import cn.hezuo.group.GroupingForm;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScore;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh class of the demo school for a test that changes one, built fluently:
 * <pre>{@code
 * TestClass c = testClasses.aClass("重组班").withStudents(18).groupedAndActive("第一学段分组", form).build();
 * }</pre>
 * The class gets a unique name (prefix + a counter), lies in the grade of 八年级3班 unless told otherwise, and its
 * students get unique 学号 ({@code <prefix><classId>-<i>}), so tests never depend on each other's rows. Everything is
 * written through the same repositories and services the app uses, as the admin.
 */
@TestComponent
public class TestClasses {

    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired private SchoolClassRepository classes;
    @Autowired private StudentRepository students;
    @Autowired private StudentScoreRepository scores;
    @Autowired private SubjectRepository subjects;
    @Autowired private GroupPlanService planService;
    @Autowired private GroupPlanRepository plans;
    @Autowired private EvaluationItemService items;
    @Autowired private UserDetailsService users;

    /** A new class named {@code namePrefix} followed by a number no other test class has. */
    public Builder aClass(String namePrefix) {
        return new Builder(namePrefix);
    }

    /** The class built, its students in order and the plan made active (null when not grouped). */
    public record TestClass(SchoolClass schoolClass, List<Student> students, GroupPlan activePlan) {
        public long id() {
            return schoolClass.getId();
        }
    }

    /** Scores of one student in the school's first active subjects, in their order. */
    @FunctionalInterface
    public interface StudentScores {
        List<BigDecimal> of(int studentNumber, List<Subject> subjects);
    }

    public final class Builder {

        private final String namePrefix;
        private String gradeOf = "八年级3班";
        private int size;
        private String numberPrefix = "T";
        private IntFunction<String> names = i -> "学生" + i;
        private IntFunction<Gender> genders = i -> i % 2 == 0 ? Gender.M : Gender.F;
        private int scoredSubjects;
        private StudentScores studentScores;
        private GroupingForm grouping;
        private String planName;
        private boolean activate;
        private boolean defaultItems;

        private Builder(String namePrefix) {
            this.namePrefix = namePrefix;
        }

        /** In the same grade as this demo class. */
        public Builder inGradeOf(String demoClassName) {
            this.gradeOf = demoClassName;
            return this;
        }

        /** {@code count} students numbered 1..count. */
        public Builder withStudents(int count) {
            this.size = count;
            return this;
        }

        /** The 学号 prefix before {@code <classId>-<i>} (default "T"). */
        public Builder numbered(String prefix) {
            this.numberPrefix = prefix;
            return this;
        }

        /** Student i's name (default 学生i). */
        public Builder named(IntFunction<String> nameOf) {
            this.names = nameOf;
            return this;
        }

        /** Student i's gender (default: even M, odd F). Called before the scores of the same student. */
        public Builder gender(IntFunction<Gender> genderOf) {
            this.genders = genderOf;
            return this;
        }

        /** Prior scores in the school's first {@code subjectCount} active subjects. */
        public Builder scored(int subjectCount, StudentScores scoresOf) {
            this.scoredSubjects = subjectCount;
            this.studentScores = scoresOf;
            return this;
        }

        /** A saved grouping plan made with {@code form}, named {@code name}, left as a draft. */
        public Builder grouped(String name, GroupingForm form) {
            this.planName = name;
            this.grouping = form;
            return this;
        }

        /** A saved grouping plan made with {@code form}, named {@code name}, and made the active plan. */
        public Builder groupedAndActive(String name, GroupingForm form) {
            grouped(name, form);
            this.activate = true;
            return this;
        }

        /** The evaluation items every new class gets (in Chinese). */
        public Builder withDefaultItems() {
            this.defaultItems = true;
            return this;
        }

        public TestClass build() {
            HezuoUser admin = (HezuoUser) users.loadUserByUsername("admin");
            SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals(gradeOf)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo class " + gradeOf));
            SchoolClass schoolClass = classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(),
                    namePrefix + COUNTER.incrementAndGet(), null));
            List<Subject> scored = scoredSubjects == 0 ? List.of()
                    : subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(admin.schoolId()).subList(0, scoredSubjects);
            List<Student> created = new ArrayList<>();
            for (int i = 1; i <= size; i++) {
                Gender gender = genders.apply(i);
                Student student = students.save(new Student(admin.schoolId(), schoolClass.getId(),
                        numberPrefix + schoolClass.getId() + "-" + i, names.apply(i), gender));
                created.add(student);
                if (studentScores != null) {
                    List<BigDecimal> values = studentScores.of(i, scored);
                    for (int s = 0; s < scored.size(); s++) {
                        scores.save(new StudentScore(student.getId(), scored.get(s).getId(), values.get(s)));
                    }
                }
            }
            GroupPlan plan = null;
            if (grouping != null) {
                plan = planService.createDraft(admin, schoolClass.getId(), grouping);
                planService.save(admin, plan.getId(), planName, plans.findById(plan.getId()).orElseThrow().getVersion());
                if (activate) {
                    planService.activate(admin, plan.getId());
                }
                plan = plans.findById(plan.getId()).orElseThrow();
            }
            if (defaultItems) {
                items.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(),
                        Locale.SIMPLIFIED_CHINESE);
            }
            return new TestClass(schoolClass, List.copyOf(created), plan);
        }
    }
}
