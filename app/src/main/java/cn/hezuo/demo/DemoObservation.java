package cn.hezuo.demo;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.observation.EventIn;
import cn.hezuo.research.observation.FocusPoint;
import cn.hezuo.research.observation.LessonForm;
import cn.hezuo.research.observation.ObservationService;
import cn.hezuo.research.observation.ObservedLesson;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 观课 in the demo school (issue 15), in the 数学教研组: a lesson polished twice (第1次/第2次执教 of one pair key, two
 * observers each), and an experimental and a control lesson of 有理数的加法 as in the school's document (教师直接讲授
 * about 10 vs 22 minutes, 23 vs 16 students speaking), two observers each, with questions, exercise checks, notes and
 * 观课报告. Every tap goes through {@link ObservationService#sync}, so the demo's data obeys the tool's rules.
 */
@Component
class DemoObservation {

    private final ObservationService observations;
    private final ResearchAccess researchAccess;
    private final SchoolSetupService school;
    private final StudentDirectory students;
    private final SchoolCalendar calendar;
    private final UserDetailsService users;

    DemoObservation(ObservationService observations, ResearchAccess researchAccess, SchoolSetupService school,
                    StudentDirectory students, SchoolCalendar calendar, UserDetailsService users) {
        this.observations = observations;
        this.researchAccess = researchAccess;
        this.school = school;
        this.students = students;
        this.calendar = calendar;
        this.users = users;
    }

    /** One observer's lesson as a script: activity segments (code, seconds), then who spoke, questions, checks. */
    private static final class Script {
        private final List<EventIn> events = new ArrayList<>();
        private final String prefix;
        private int n;
        private long at;

        Script(String prefix) {
            this.prefix = prefix;
            add("START", null, 0, null, null, null, null, null);
        }

        Script segments(Object... codeAndSeconds) {
            for (int i = 0; i < codeAndSeconds.length; i += 2) {
                add("ACTIVITY", (String) codeAndSeconds[i], at, null, null, null, null, null);
                at += ((Number) codeAndSeconds[i + 1]).longValue() * 1000;
            }
            add("END", null, at, null, null, null, null, null);
            return this;
        }

        /** Each listed student speaks once, at even steps through the lesson; repeats speak again near the end. */
        Script speakers(List<Long> ids, int repeats) {
            long step = at / (ids.size() + repeats + 2);
            for (int i = 0; i < ids.size(); i++) {
                add("SPEAK", null, step * (i + 1), ids.get(i), null, null, null, null);
            }
            for (int i = 0; i < repeats; i++) {
                add("SPEAK", null, step * (ids.size() + i + 1), ids.get(i), null, null, null, null);
            }
            return this;
        }

        /** Questions of the given types (in turn) asked at even steps, each answered after its wait in seconds. */
        Script questions(String[] types, int[] waits) {
            long step = at / (types.length + 1);
            for (int i = 0; i < types.length; i++) {
                long asked = step * (i + 1);
                String id = add("QUESTION", types[i], asked, null, null, null, null, null);
                add("ANSWER", null, asked + waits[i % waits.length] * 1000L, null, null, null, id, null);
            }
            return this;
        }

        Script exercise(int minute, int correct, int total) {
            add("EXERCISE", null, minute * 60000L, null, correct, total, null, null);
            return this;
        }

        Script note(int minute, String text) {
            add("NOTE", null, minute * 60000L + 5000, null, null, null, null, text);
            return this;
        }

        private String add(String kind, String code, long when, Long student, Integer correct, Integer total,
                           String ref, String note) {
            String id = prefix + "-" + (++n);
            events.add(new EventIn(id, kind, code, when, null, student, correct, total, ref, note));
            return id;
        }
    }

    void load(long schoolId) {
        HezuoUser admin = user("admin");
        ResearchGroup group = researchAccess.visibleGroups(admin).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElse(null);
        if (group == null) {
            return;
        }
        Map<String, SchoolClass> classes = school.classes(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getName, Function.identity()));
        long math = school.subjects(schoolId).stream().filter(s -> s.getName().equals("数学")).map(Subject::getId)
                .findFirst().orElseThrow();
        LocalDate today = calendar.today();
        HezuoUser leader = user(DemoSchool.mathUsername(0, 1));
        HezuoUser second = user(DemoSchool.mathUsername(0, 2));
        HezuoUser third = user(DemoSchool.mathUsername(0, 3));
        HezuoUser fourth = user(DemoSchool.mathUsername(1, 1));
        SchoolClass c71 = classes.get(DemoSchool.className(0, 1));
        SchoolClass c72 = classes.get(DemoSchool.className(0, 2));
        SchoolClass c73 = classes.get(DemoSchool.className(0, 3));

        // 磨课: the same lesson taught twice by math0702, observed by the leader (提问) and math0703 (参与, 练习).
        String polish = "磨课-一元一次方程的应用";
        ObservedLesson first = lesson(leader, group, second, c72, math, "一元一次方程的应用（行程问题）",
                today.minusDays(16), 1, polish, null, "讲练结合");
        ObservedLesson again = lesson(leader, group, second, c73, math, "一元一次方程的应用（行程问题）",
                today.minusDays(9), 2, polish, null, "问题驱动＋小组合作");
        List<Long> s72 = studentIds(c72);
        List<Long> s73 = studentIds(c73);
        observe(first, leader, third, new Script("p1a").segments("LECTURE", 600, "QA", 240, "LECTURE", 480,
                        "PRACTICE", 600, "QA", 180, "LECTURE", 300)
                .questions(new String[] {"RECALL", "RECALL", "UNDERSTAND", "RECALL", "APPLY", "RECALL", "UNDERSTAND",
                        "RECALL", "RECALL", "APPLY"}, new int[] {1, 2, 1, 3})
                .note(8, "讲解线段图用时较长，学生等待。").note(30, "练习题梯度不够。"),
                new Script("p1b").segments("LECTURE", 630, "QA", 210, "LECTURE", 500, "PRACTICE", 590, "QA", 170,
                                "LECTURE", 300)
                        .speakers(s72.subList(0, 12), 5).exercise(28, 29, 44).note(29, "约三分之一学生设错未知数。"),
                "第一次执教讲授偏多（约 23 分钟），提问以记忆类为主，候答时间只有 1–2 秒。建议把线段图交给小组画。",
                "发言集中在前排 12 名学生；练习正确率 66%，设未知数是主要错误。");
        observe(again, leader, third, new Script("p2a").segments("LECTURE", 300, "QA", 300, "GROUP", 600,
                        "SHOW", 360, "LECTURE", 240, "PRACTICE", 600)
                .questions(new String[] {"UNDERSTAND", "APPLY", "RECALL", "OPEN", "UNDERSTAND", "APPLY", "OPEN",
                        "UNDERSTAND"}, new int[] {4, 6, 3, 8})
                .note(12, "小组画线段图，组长分工明确。"),
                new Script("p2b").segments("LECTURE", 320, "QA", 280, "GROUP", 610, "SHOW", 350, "LECTURE", 250,
                                "PRACTICE", 590)
                        .speakers(s73.subList(0, 20), 8).exercise(38, 38, 45).note(22, "展示时有三个小组主动补充。"),
                "第二次执教讲授降到约 9 分钟，开放性提问增加，候答时间明显变长。",
                "20 名学生发言，练习正确率 84%。");

        // 实验课 and 对照课 of one topic (同课异构): math0701 with 小组合作学习 in 七年级1班 (the demo 课题's 实验班),
        // math0702 lecturing in 七年级2班 (its 对照班), so the 课题's evidence page shows the pair.
        String experiment = "同课异构-有理数的加法";
        ObservedLesson exp = lesson(leader, group, leader, c71, math, "有理数的加法", today.minusDays(5), null,
                experiment, ObservedLesson.Label.EXPERIMENTAL, "小组合作学习（自学—讨论—展示—练习）");
        ObservedLesson ctl = lesson(leader, group, second, c72, math, "有理数的加法", today.minusDays(4), null,
                experiment, ObservedLesson.Label.CONTROL, "传统讲授");
        List<Long> s71 = studentIds(c71);
        observe(exp, second, fourth, new Script("e-a").segments("LECTURE", 240, "QA", 180, "GROUP", 720,
                        "LECTURE", 180, "SHOW", 360, "LECTURE", 180, "QA", 180, "PRACTICE", 360)
                .speakers(s71.subList(0, 23), 8)
                .questions(new String[] {"UNDERSTAND", "APPLY", "OPEN", "RECALL", "UNDERSTAND", "APPLY", "OPEN",
                        "UNDERSTAND", "RECALL", "APPLY", "OPEN", "UNDERSTAND"}, new int[] {5, 7, 4, 9})
                .note(10, "小组讨论充分，学困生也发了言。"),
                new Script("e-b").segments("LECTURE", 270, "QA", 150, "GROUP", 730, "LECTURE", 180, "SHOW", 350,
                                "LECTURE", 180, "QA", 180, "PRACTICE", 360)
                        .speakers(s71.subList(2, 23), 5).exercise(36, 41, 46).note(33, "练习正确率高，错误集中在异号相加。"),
                "教师直接讲授约 10 分钟，讨论 12 分钟，23 名学生发言，提问以理解、应用和开放类为主。",
                "练习正确率 89%。");
        observe(ctl, third, fourth, new Script("c-a").segments("LECTURE", 720, "QA", 240, "LECTURE", 600,
                        "GROUP", 180, "QA", 240, "PRACTICE", 420)
                .speakers(s72.subList(0, 16), 6)
                .questions(new String[] {"RECALL", "RECALL", "UNDERSTAND", "RECALL", "RECALL", "APPLY", "RECALL",
                        "UNDERSTAND", "RECALL", "RECALL", "RECALL", "UNDERSTAND", "RECALL", "APPLY"},
                        new int[] {1, 2, 1, 2})
                .note(15, "以教师讲解为主，学生多为齐答。"),
                new Script("c-b").segments("LECTURE", 730, "QA", 230, "LECTURE", 590, "GROUP", 190, "QA", 240,
                                "PRACTICE", 420)
                        .speakers(s72.subList(1, 15), 4).exercise(37, 33, 45),
                "教师直接讲授约 22 分钟，讨论只有 3 分钟，16 名学生发言，记忆类提问占多数。",
                "练习正确率 73%。");
    }

    private ObservedLesson lesson(HezuoUser organiser, ResearchGroup group, HezuoUser teacher, SchoolClass schoolClass,
                                  long subjectId, String topic, LocalDate date, Integer teachingNo, String pairKey,
                                  ObservedLesson.Label label, String method) {
        return observations.create(organiser, group.getId(), new LessonForm(teacher.teacherId(), schoolClass.getId(),
                null, subjectId, topic, date, 40, null, teachingNo, pairKey, label, method,
                List.of(FocusPoint.QUESTIONING.name(), FocusPoint.PARTICIPATION.name(), FocusPoint.TIME.name(),
                        FocusPoint.EXERCISES.name())));
    }

    /** Two observers: the first watches questioning and time, the second participation and exercises. */
    private void observe(ObservedLesson lesson, HezuoUser a, HezuoUser b, Script scriptA, Script scriptB,
                         String reportA, String reportB) {
        HezuoUser organiser = user(DemoSchool.mathUsername(0, 1));
        observations.assign(organiser, lesson.getId(), a.teacherId(),
                List.of(FocusPoint.QUESTIONING.name(), FocusPoint.TIME.name()));
        observations.assign(organiser, lesson.getId(), b.teacherId(),
                List.of(FocusPoint.PARTICIPATION.name(), FocusPoint.EXERCISES.name()));
        observations.sync(a, lesson.getId(), scriptA.events);
        observations.sync(b, lesson.getId(), scriptB.events);
        observations.writeReport(a, lesson.getId(), reportA);
        observations.writeReport(b, lesson.getId(), reportB);
    }

    private List<Long> studentIds(SchoolClass schoolClass) {
        return students.activeOfClass(schoolClass.getId()).stream().sorted(Comparator.comparing(Student::getId))
                .map(Student::getId).toList();
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }
}
