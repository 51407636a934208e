package cn.hezuo.mutualhelp.questions;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teachers' side of the pipeline: lesson entries of a class, 课代表 per subject (the head teacher's), the digest
 * before the lesson and the outcome of each topic. Any teacher of the class may open entries and read digests.
 */
@Service
class LessonService {

    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final GroupSubmissionRepository submissions;
    private final SubjectRepRepository reps;
    private final ClassAccess access;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    LessonService(LessonRepository lessons, QuestionRepository questions, GroupSubmissionRepository submissions,
                  SubjectRepRepository reps, ClassAccess access, People people, AuditTrail audit, Clock clock) {
        this.lessons = lessons;
        this.questions = questions;
        this.submissions = submissions;
        this.reps = reps;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A lesson in a list: its subject's name and how many questions it has. */
    record LessonRow(long id, String title, String subject, Instant lessonAt, long questions, boolean classSubmitted) {
    }

    /** The class's 疑问汇总 page: lessons, subjects, who the 课代表 are and whom the head teacher may name. */
    record ClassView(SchoolClass schoolClass, boolean manage, List<LessonRow> lessons, List<Subject> subjects,
                     Map<Long, String> repNames, Map<Long, Long> repIds, Map<Long, String> students) {
    }

    @Transactional(readOnly = true)
    ClassView classView(HezuoUser user, long classId) {
        SchoolClass schoolClass = access.requireView(user, classId);
        List<Subject> subjects = people.subjects(user.schoolId());
        Map<Long, String> subjectNames = new HashMap<>();
        subjects.forEach(s -> subjectNames.put(s.getId(), s.getName()));
        List<Lesson> list = lessons.findByClassIdOrderByLessonAtDescIdDesc(classId);
        // One grouped count for the whole list, not one count per lesson.
        Map<Long, Long> counts = new HashMap<>();
        if (!list.isEmpty()) {
            questions.countByLessonIds(list.stream().map(Lesson::getId).toList())
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        List<LessonRow> rows = list.stream()
                .map(l -> new LessonRow(l.getId(), l.getTitle(), subjectNames.getOrDefault(l.getSubjectId(), ""),
                        l.getLessonAt(), counts.getOrDefault(l.getId(), 0L), l.getClassSubmittedAt() != null))
                .toList();
        Map<Long, String> names = people.classNames(classId);
        Map<Long, String> repNames = new LinkedHashMap<>();
        Map<Long, Long> repIds = new LinkedHashMap<>();
        reps.findByClassIdOrderBySubjectIdAsc(classId).forEach(r -> {
            repIds.put(r.getSubjectId(), r.getStudentId());
            repNames.put(r.getSubjectId(), names.getOrDefault(r.getStudentId(), ""));
        });
        return new ClassView(schoolClass, access.canManage(user, schoolClass), rows, subjects, repNames, repIds, names);
    }

    @Transactional
    long create(HezuoUser user, long classId, LessonForm form) {
        SchoolClass schoolClass = access.requireView(user, classId);
        Subject subject = people.requireSubject(user.schoolId(), form.subjectId());
        Lesson.Deadlines deadlines = new Lesson.Deadlines(instant(form.askDue()), instant(form.groupDue()),
                instant(form.classDue()), instant(form.lessonAt()));
        if (!deadlines.inOrder()) {
            throw new RuleViolationException("mutualhelp.error.deadlineOrder");
        }
        Lesson lesson = lessons.save(new Lesson(user.schoolId(), classId, subject.getId(), form.title().strip(),
                deadlines, user.getUsername(), clock.instant()));
        audit.record("CREATE", "MhLesson", lesson.getId(), AuditText.of("audit.msg.mh.lessonCreated",
                schoolClass.getName(), subject.getName(), lesson.getTitle()));
        return lesson.getId();
    }

    /** Names (or, with a null student, removes) the class's 课代表 for a subject; head teacher or admin only. */
    @Transactional
    void assignRep(HezuoUser user, long classId, long subjectId, Long studentId) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        Subject subject = people.requireSubject(user.schoolId(), subjectId);
        Optional<SubjectRep> current = reps.findByClassIdAndSubjectId(classId, subjectId);
        if (studentId == null) {
            current.ifPresent(r -> {
                reps.delete(r);
                audit.record("DELETE", "MhSubjectRep", r.getId(), AuditText.of("audit.msg.mh.repRemoved",
                        schoolClass.getName(), subject.getName()));
            });
            return;
        }
        String name = people.classNames(classId).get(studentId);
        if (name == null) {
            throw new NotFoundException("student", studentId);
        }
        SubjectRep rep = current.orElseGet(() -> new SubjectRep(user.schoolId(), classId, subjectId));
        rep.assign(studentId, user.getUsername(), clock.instant());
        reps.save(rep);
        audit.record("UPDATE", "MhSubjectRep", rep.getId(), AuditText.of("audit.msg.mh.repAssigned",
                schoolClass.getName(), subject.getName(), name));
    }

    /** What the teacher reads before the lesson. Names are shown: the teacher may see who asked, always. */
    record Digest(Lesson lesson, SchoolClass schoolClass, String subject, List<Topics.Topic> topics,
                  List<Topics.GroupItem> selfSolved, Map<String, int[]> byKnowledgePoint, List<GroupStage> groups,
                  String repName, Map<Long, String> names, int askers, Instant now) {
        public List<Question.Outcome> outcomes() {
            return List.of(Question.Outcome.values());
        }
    }

    /** A group's stage: how many questions, whether its list was submitted and when. */
    record GroupStage(long groupId, int number, int questions, Instant submittedAt) {
    }

    @Transactional(readOnly = true)
    Digest digest(HezuoUser user, long lessonId) {
        Lesson lesson = lessonForTeacher(user, lessonId);
        SchoolClass schoolClass = access.requireView(user, lesson.getClassId());
        List<Question> all = questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId);
        List<Topics.Topic> topics = Topics.ranked(all);
        // By knowledge point: topics and distinct students tagged with it (a topic counts once per point).
        Map<String, int[]> byPoint = new java.util.TreeMap<>();
        for (Topics.Topic t : topics) {
            for (String point : t.knowledgePoints()) {
                int[] counts = byPoint.computeIfAbsent(point, p -> new int[2]);
                counts[0]++;
                counts[1] += (int) t.questions().stream().filter(q -> point.equals(q.getKnowledgePoint()))
                        .map(Question::getStudentId).distinct().count();
            }
        }
        Map<Long, GroupSubmission> submitted = new HashMap<>();
        submissions.findByLessonIdOrderByGroupIdAsc(lessonId).forEach(s -> submitted.put(s.getGroupId(), s));
        List<GroupStage> stages = new ArrayList<>();
        people.groupNumbers(lesson.getSchoolId(), lesson.getClassId()).forEach((groupId, number) -> stages.add(
                new GroupStage(groupId, number, (int) all.stream().filter(q -> groupId.equals(q.getGroupId())).count(),
                        Optional.ofNullable(submitted.get(groupId)).map(GroupSubmission::getSubmittedAt).orElse(null))));
        Map<Long, String> names = people.classNames(lesson.getClassId());
        String repName = lesson.getClassSubmittedBy() == null ? null : names.get(lesson.getClassSubmittedBy());
        int askers = (int) all.stream().map(Question::getStudentId).distinct().count();
        return new Digest(lesson, schoolClass, people.requireSubject(lesson.getSchoolId(), lesson.getSubjectId())
                .getName(), topics, Topics.selfSolved(all), byPoint, stages, repName, names, askers, clock.instant());
    }

    /** Marks a topic 课上讲 / 个别辅导 / 已解决 (or clears it with null); the askers see it on their page. */
    @Transactional
    void decide(HezuoUser user, long lessonId, long topicId, Question.Outcome outcome) {
        Lesson lesson = lessonForTeacher(user, lessonId);
        // Only a topic (what the digest shows) carries an outcome; any other id of the lesson is not found.
        Question topic = Topics.ranked(questions.findByLessonIdOrderByCreatedAtAscIdAsc(lesson.getId())).stream()
                .map(Topics.Topic::root).filter(q -> q.getId() == topicId).findFirst()
                .orElseThrow(() -> new NotFoundException("topic", topicId));
        topic.decide(outcome, user.getUsername(), clock.instant());
        audit.record("UPDATE", "MhQuestion", topicId, AuditText.of("audit.msg.mh.outcome", lesson.getTitle(),
                outcome == null ? "-" : AuditText.of("audit.enum.MhOutcome." + outcome.name())));
    }

    private Lesson lessonForTeacher(HezuoUser user, long lessonId) {
        Lesson lesson = lessons.findById(lessonId).filter(l -> l.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
        access.requireView(user, lesson.getClassId());
        return lesson;
    }

    private Instant instant(LocalDateTime time) {
        return time.atZone(clock.getZone()).toInstant();
    }
}
