package cn.hezuo.mutualhelp.questions;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes pipeline rows without a signed-in person: the demo school's questions at every stage, and the rows tests start
 * from. Each write is audited as "system". Not used by any page.
 */
@Component
public class QuestionSeeds {

    private static final List<String> ASKED = List.of(
            "合并同类项时，系数是负数的项总是算错符号，怎么检查？",
            "去括号时括号前是负号，为什么括号里每一项都要变号？",
            "整式的次数是看最高次项还是所有项次数相加？",
            "单项式 -2πx² 的系数是 -2 还是 -2π？",
            "多项式按某个字母降幂排列，常数项放在哪里？",
            "去括号时括号前是负号，后面的项为什么都要变号？",
            "求整式的值时，先化简再代入和直接代入结果为什么一样？");

    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final GroupSubmissionRepository submissions;
    private final SubjectRepRepository reps;
    private final PhotoStore photos;
    private final AfterClassReflectionRepository reflections;
    private final ReflectionAnswerRepository reflectionAnswers;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    QuestionSeeds(LessonRepository lessons, QuestionRepository questions, GroupSubmissionRepository submissions,
                  SubjectRepRepository reps, PhotoStore photos, AfterClassReflectionRepository reflections,
                  ReflectionAnswerRepository reflectionAnswers, People people, AuditTrail audit, Clock clock) {
        this.photos = photos;
        this.reflections = reflections;
        this.reflectionAnswers = reflectionAnswers;
        this.lessons = lessons;
        this.questions = questions;
        this.submissions = submissions;
        this.reps = reps;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A lesson entry starting at {@code lessonAt}: students ask until 14 h before, groups 12 h, the 课代表 1 h. */
    @Transactional
    public long lesson(long schoolId, long classId, long subjectId, String title, Instant lessonAt) {
        long id = newLesson(schoolId, classId, subjectId, title, lessonAt);
        audit.record(schoolId, "system", "CREATE", "MhLesson", id,
                AuditText.of("audit.msg.mh.lessonCreated", classId, subjectId, title));
        return id;
    }

    private long newLesson(long schoolId, long classId, long subjectId, String title, Instant lessonAt) {
        return lessons.save(new Lesson(schoolId, classId, subjectId, title, new Lesson.Deadlines(
                lessonAt.minus(Duration.ofHours(14)), lessonAt.minus(Duration.ofHours(12)),
                lessonAt.minus(Duration.ofHours(1)), lessonAt), "system", clock.instant())).getId();
    }

    /** Names the class's 课代表 for a subject. */
    @Transactional
    public void rep(long schoolId, long classId, long subjectId, long studentId) {
        SubjectRep rep = newRep(schoolId, classId, subjectId, studentId);
        audit.record(schoolId, "system", "UPDATE", "MhSubjectRep", rep.getId(),
                AuditText.of("audit.msg.mh.repAssigned", classId, subjectId, studentId));
    }

    private SubjectRep newRep(long schoolId, long classId, long subjectId, long studentId) {
        SubjectRep rep = reps.findByClassIdAndSubjectId(classId, subjectId)
                .orElseGet(() -> new SubjectRep(schoolId, classId, subjectId));
        rep.assign(studentId, "system", clock.instant());
        return reps.save(rep);
    }

    /** A question asked by a student (placed in their group of this week), at the given time. */
    @Transactional
    public long question(long lessonId, long studentId, String body, String knowledgePoint, Instant at) {
        return question(lessonId, studentId, body, knowledgePoint, at, null);
    }

    /** The same with a photo of their working (checked like an uploaded one). */
    @Transactional
    public long question(long lessonId, long studentId, String body, String knowledgePoint, Instant at, byte[] photo) {
        long id = save(lessonId, studentId, body, knowledgePoint, at, photo, Question.Source.ASKED);
        Question q = questions.findById(id).orElseThrow();
        audit.record(q.getSchoolId(), "system", "CREATE", "MhQuestion", id,
                AuditText.of("audit.msg.mh.asked", people.student(studentId).orElseThrow().getStudentNo(), lessonId));
        return id;
    }

    /** Writes a question without an audit line of its own (the demo writes one line for all it seeds). */
    private long save(long lessonId, long studentId, String body, String knowledgePoint, Instant at, byte[] photo,
                      Question.Source source) {
        Student student = people.student(studentId).orElseThrow(() -> new NotFoundException("student", studentId));
        return save(lessonId, studentId, people.placement(student), body, knowledgePoint, at, photo, source);
    }

    /**
     * The same for a member of this week's groups, placed in the group the demo already holds: asking the group roles
     * again for each of some hundred seeded questions was a large part of every demo load.
     */
    private long save(long lessonId, MemberRoles member, String body, String knowledgePoint, Instant at,
                      Question.Source source) {
        return save(lessonId, member.studentId(), Optional.of(new People.Placement(member.groupId(), member.groupNumber())),
                body, knowledgePoint, at, null, source);
    }

    private long save(long lessonId, long studentId, Optional<People.Placement> placement, String body,
                      String knowledgePoint, Instant at, byte[] photo, Question.Source source) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow(() -> new NotFoundException("lesson", lessonId));
        String photoId = photo == null ? null : photos.save(lesson.getSchoolId(), photo);
        Question q = questions.save(new Question(lesson.getSchoolId(), lessonId, studentId,
                placement.map(People.Placement::groupId).orElse(null), placement.map(People.Placement::groupNo).orElse(null),
                UUID.randomUUID().toString(), body, knowledgePoint, photoId, source, at));
        return q.getId();
    }

    /**
     * The demo class's 数学 pipeline: yesterday's lesson gone through every stage with the teacher's outcomes, and
     * tomorrow's with questions asked, some groups merged and submitted, the 课代表 (the class's first 学号) not yet.
     */
    @Transactional
    public void demo(long schoolId, long classId, long mathId) {
        Map<Long, String> names = people.classNames(classId);
        if (names.isEmpty()) {
            return;
        }
        newRep(schoolId, classId, mathId, names.keySet().iterator().next());
        WeekRoles roles = people.rolesThisWeek(schoolId, classId).orElse(null);
        if (roles == null) {
            return;
        }
        Map<Integer, List<MemberRoles>> groups = new LinkedHashMap<>(roles.byGroup());
        LocalDate today = LocalDate.now(clock);
        Instant yesterday = today.minusDays(1).atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant();
        Instant tomorrow = today.plusDays(1).atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant();
        long past = newLesson(schoolId, classId, mathId, "第二章 2.1 整式", yesterday);
        long next = newLesson(schoolId, classId, mathId, "第二章 2.2 整式的加减", tomorrow);
        fill(past, groups, yesterday.minus(Duration.ofHours(16)), true);
        fill(next, groups, clock.instant().minus(Duration.ofHours(3)), false);
        reflect(past, next, groups, yesterday.plus(Duration.ofHours(1)));
        // One line for everything seeded in the class, so the demo's own lines do not bury the log's first page.
        audit.record(schoolId, "system", "DEMO_LOAD", "MhLesson", past, AuditText.of("audit.msg.mh.demo", classId));
    }

    /** 三思 on yesterday's lesson: the first two members of every group answered; one still-unclear point each. */
    private void reflect(long lessonId, long nextLessonId, Map<Integer, List<MemberRoles>> groups, Instant at) {
        Lesson lesson = lessons.findById(lessonId).orElseThrow();
        AfterClassReflection reflection = reflections.save(new AfterClassReflection(lesson.getSchoolId(), lessonId, nextLessonId, "system",
                at));
        int n = 0;
        for (List<MemberRoles> members : groups.values()) {
            for (MemberRoles m : members.subList(0, Math.min(2, members.size()))) {
                ReflectionAnswer answer = new ReflectionAnswer(lesson.getSchoolId(), reflection.getId(), m.studentId());
                String unclear = n % 3 == 0 ? "系数是分数的同类项怎么合并" : null;
                answer.answer(n % 2 == 0 ? "会判断同类项了" : "知道了整式的次数怎么数", unclear,
                        unclear == null ? null : "课后问组长，再做两道练习", at.plus(Duration.ofMinutes(n)));
                if (unclear != null) {
                    answer.ledTo(save(nextLessonId, m, unclear, null, at.plus(Duration.ofMinutes(n)),
                            Question.Source.REFLECTION));
                }
                reflectionAnswers.save(answer);
                n++;
            }
        }
    }

    private void fill(long lessonId, Map<Integer, List<MemberRoles>> groups, Instant start, boolean complete) {
        int n = 0;
        List<Long> groupRoots = new ArrayList<>();
        for (List<MemberRoles> members : groups.values()) {
            if (members.size() < 3 || (!complete && n >= 2 * 5)) {
                continue;
            }
            // Two members ask the same thing in their own words; a third asks something else.
            int topic = (n / 2) % 3;
            long a = save(lessonId, members.get(1), ASKED.get(topic == 1 ? 1 : topic),
                    "整式", start.plus(Duration.ofMinutes(n * 7L)), Question.Source.ASKED);
            long b = save(lessonId, members.get(2), ASKED.get(topic == 1 ? 5 : topic),
                    "整式", start.plus(Duration.ofMinutes(n * 7L + 3)), Question.Source.ASKED);
            long c = save(lessonId, members.get(0), ASKED.get(3 + (n % 2)), null,
                    start.plus(Duration.ofMinutes(n * 7L + 5)), Question.Source.ASKED);
            n += 2;
            Question first = questions.findById(a).orElseThrow();
            if (complete || n <= 6) {
                questions.findById(b).orElseThrow().mergeInGroupInto(a);
                if (n % 4 == 0) {
                    questions.findById(c).orElseThrow().markSelfSolved(true, "组内讨论，看课本例题解决");
                }
                GroupSubmission s = new GroupSubmission(first.getSchoolId(), lessonId, first.getGroupId());
                s.submit(members.get(0).studentId(), start.plus(Duration.ofHours(1)));
                submissions.save(s);
            }
            groupRoots.add(a);
        }
        if (complete && groupRoots.size() > 1) {
            // The 课代表 merged the groups asking the same question into the first group's wording.
            for (int i = 1; i < groupRoots.size(); i++) {
                Question root = questions.findById(groupRoots.get(i)).orElseThrow();
                for (int j = 0; j < i; j++) {
                    Question target = questions.findById(groupRoots.get(j)).orElseThrow();
                    if (target.getClassMergedInto() == null && target.getBody().equals(root.getBody())) {
                        root.mergeInClassInto(target.getId());
                        break;
                    }
                }
            }
            Lesson lesson = lessons.findById(lessonId).orElseThrow();
            lesson.classSubmitted(reps.findByClassIdAndSubjectId(lesson.getClassId(), lesson.getSubjectId())
                    .orElseThrow().getStudentId(), lesson.getClassDue().minus(Duration.ofMinutes(20)));
            List<Topics.Topic> ranked = Topics.ranked(questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId));
            Question.Outcome[] outcomes = {Question.Outcome.IN_CLASS, Question.Outcome.TUTORING, Question.Outcome.RESOLVED};
            for (int i = 0; i < ranked.size(); i++) {
                ranked.get(i).root().decide(outcomes[Math.min(i, 2)], "system", lesson.getLessonAt());
            }
        }
    }
}
