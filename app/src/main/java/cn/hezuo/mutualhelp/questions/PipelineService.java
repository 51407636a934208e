package cn.hezuo.mutualhelp.questions;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students' side of the pipeline: asking, the 学科组长's group list and the 课代表's class list. Every stage stays
 * open until the lesson starts, whatever the deadlines say: a late group never stops the 课代表, a late 课代表 never
 * stops the teacher. A student sees their own questions; a question collector sees their own group's (with names);
 * the 课代表 sees every group's wording with group numbers only, never who asked.
 */
@Service
class PipelineService {

    static final int BODY_MAX = 500;
    static final int HOW_MAX = 200;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,40}");

    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final GroupSubmissionRepository submissions;
    private final SubjectRepRepository reps;
    private final PhotoStore photos;
    private final ReflectionService reflections;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    PipelineService(LessonRepository lessons, QuestionRepository questions, GroupSubmissionRepository submissions,
                    SubjectRepRepository reps, PhotoStore photos, ReflectionService reflections, People people,
                    AuditTrail audit, Clock clock) {
        this.reflections = reflections;
        this.lessons = lessons;
        this.questions = questions;
        this.submissions = submissions;
        this.reps = reps;
        this.photos = photos;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- The student's page ----

    /** One of the student's questions and what became of it (no counts, no other names). */
    record MyQuestion(long id, String body, String knowledgePoint, boolean photo, boolean mergedInGroup,
                      boolean selfSolved, String solvedHow, Question.Outcome outcome) {
    }

    /** A lesson as the student sees it, with the roles they hold for it. */
    record MyLesson(long id, String title, String subject, Instant askDue, Instant lessonAt, boolean open,
                    List<MyQuestion> mine, boolean collector, boolean rep, List<String> knowledgePoints,
                    MyReflection reflection) {
    }

    /** 三思 open for a lesson, with the student's answers so far (null strings before answering). */
    record MyReflection(String gains, String unclear, String plan, boolean answered) {
    }

    record MyPage(Student student, List<MyLesson> lessons, Instant now) {
    }

    /** The 10 latest lessons of the student's class. */
    @Transactional(readOnly = true)
    MyPage myPage(HezuoUser user) {
        Student me = people.requireStudent(user);
        Optional<People.Placement> placement = people.placement(me);
        Instant now = clock.instant();
        List<Lesson> recent = lessons.findByClassIdOrderByLessonAtDescIdDesc(me.getClassId()).stream().limit(10).toList();
        Map<Long, String> subjectNames = new HashMap<>();
        people.subjects(me.getSchoolId()).forEach(s -> subjectNames.put(s.getId(), s.getName()));
        List<MyLesson> result = new ArrayList<>();
        for (Lesson lesson : recent) {
            List<Question> all = questions.findByLessonIdOrderByCreatedAtAscIdAsc(lesson.getId());
            List<Topics.Topic> topics = Topics.ranked(all);
            Map<Long, Question> byId = new HashMap<>();
            all.forEach(q -> byId.put(q.getId(), q));
            List<MyQuestion> mine = all.stream().filter(q -> q.getStudentId().equals(me.getId())).map(q -> {
                Question groupRoot = q.getGroupMergedInto() == null ? q : byId.getOrDefault(q.getGroupMergedInto(), q);
                Topics.Topic topic = Topics.topicOf(q, topics);
                return new MyQuestion(q.getId(), q.getBody(), q.getKnowledgePoint(), q.getPhotoId() != null,
                        q.getGroupMergedInto() != null, groupRoot.isSelfSolved(), groupRoot.getSolvedHow(),
                        topic == null ? null : topic.root().getOutcome());
            }).toList();
            boolean collector = placement.isPresent() && people.questionCollector(me.getSchoolId(), me.getClassId(),
                    placement.get().groupId(), lesson.getSubjectId()).filter(id -> id.equals(me.getId())).isPresent();
            boolean rep = isRep(me, lesson);
            boolean open = !lesson.hasStarted(now);
            MyReflection reflection = reflections.reflectionOf(lesson.getId()).map(r -> reflections
                    .answerOf(r.getId(), me.getId()).map(a -> new MyReflection(a.getGains(), a.getUnclear(), a.getPlan(), true))
                    .orElse(new MyReflection(null, null, null, false))).orElse(null);
            result.add(new MyLesson(lesson.getId(), lesson.getTitle(), subjectNames.getOrDefault(lesson.getSubjectId(), ""),
                    lesson.getAskDue(), lesson.getLessonAt(), open, mine, collector, rep,
                    open ? people.knowledgePoints(me.getSchoolId(), lesson.getSubjectId()) : List.of(), reflection));
        }
        return new MyPage(me, result, now);
    }

    /**
     * Notes a question. The same request id (a double tap, a resent form) returns the question already saved. A
     * knowledge point must be one of the subject's; the photo is checked by its content.
     */
    @Transactional
    long ask(HezuoUser user, long lessonId, String body, String knowledgePoint, byte[] photo, String requestId) {
        Student me = people.requireStudent(user);
        Lesson lesson = lessonOfMyClass(me, lessonId);
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new RuleViolationException("mutualhelp.error.requestId");
        }
        Optional<Question> earlier = questions.findByStudentIdAndRequestId(me.getId(), requestId);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        if (lesson.hasStarted(clock.instant())) {
            throw new RuleViolationException("mutualhelp.error.lessonStarted");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException("mutualhelp.error.bodyEmpty");
        }
        if (text.length() > BODY_MAX) {
            throw new RuleViolationException("mutualhelp.error.bodyLength", BODY_MAX);
        }
        String point = knowledgePoint == null || knowledgePoint.isBlank() ? null : knowledgePoint.strip();
        if (point != null && !people.knowledgePoints(me.getSchoolId(), lesson.getSubjectId()).contains(point)) {
            throw new RuleViolationException("mutualhelp.error.knowledgePoint");
        }
        String photoId = photo == null || photo.length == 0 ? null : photos.save(me.getSchoolId(), photo);
        Optional<People.Placement> placement = people.placement(me);
        Question q = questions.save(new Question(me.getSchoolId(), lesson.getId(), me.getId(),
                placement.map(People.Placement::groupId).orElse(null),
                placement.map(People.Placement::groupNo).orElse(null), requestId, text, point, photoId,
                Question.Source.ASKED, clock.instant()));
        audit.record("CREATE", "MhQuestion", q.getId(), AuditText.of("audit.msg.mh.asked", me.getStudentNo(),
                lesson.getTitle()));
        return q.getId();
    }

    // ---- The 学科组长's group list ----

    record GroupPage(Lesson lesson, String subject, int groupNo, List<Topics.GroupItem> items,
                     Map<Long, String> names, Instant submittedAt, Instant now) {
    }

    @Transactional(readOnly = true)
    GroupPage groupPage(HezuoUser user, long lessonId) {
        Collector c = requireCollector(user, lessonId);
        List<Question> mine = questions.findByLessonIdAndGroupIdOrderByCreatedAtAscIdAsc(lessonId, c.groupId());
        Instant submitted = submissions.findByLessonIdAndGroupId(lessonId, c.groupId())
                .map(GroupSubmission::getSubmittedAt).orElse(null);
        return new GroupPage(c.lesson(), people.requireSubject(c.me().getSchoolId(), c.lesson().getSubjectId()).getName(),
                c.groupNo(), Topics.groupItems(mine), people.classNames(c.me().getClassId()), submitted, clock.instant());
    }

    /** Merges a group question (and whatever was merged into it) into another of the group's, or undoes it (null). */
    @Transactional
    void mergeInGroup(HezuoUser user, long lessonId, long questionId, Long intoId) {
        Collector c = requireCollector(user, lessonId);
        List<Question> group = questions.findByLessonIdAndGroupIdOrderByCreatedAtAscIdAsc(lessonId, c.groupId());
        Question source = find(group, questionId);
        if (intoId == null) {
            source.mergeInGroupInto(null);
        } else {
            Question target = find(group, intoId);
            if (target.getId().equals(source.getId()) || target.getGroupMergedInto() != null) {
                throw new RuleViolationException("mutualhelp.error.mergeTarget");
            }
            // Keep merges one level deep: what pointed at the source now points at the target.
            group.stream().filter(q -> source.getId().equals(q.getGroupMergedInto()))
                    .forEach(q -> q.mergeInGroupInto(target.getId()));
            source.mergeInGroupInto(target.getId());
            // The 课代表's merges that pointed at the source follow it, so no class topic loses its members.
            questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId).stream()
                    .filter(q -> source.getId().equals(q.getClassMergedInto()))
                    .forEach(q -> q.mergeInClassInto(target.isSelfSolved() ? null
                            : target.getClassMergedInto() != null ? target.getClassMergedInto() : target.getId()));
        }
        audit.record("UPDATE", "MhQuestion", questionId, AuditText.of(intoId == null ? "audit.msg.mh.groupUnmerged"
                : "audit.msg.mh.groupMerged", c.groupNo(), c.lesson().getTitle()));
    }

    /** Marks a group item solved by the group itself (with how), or not. */
    @Transactional
    void selfSolved(HezuoUser user, long lessonId, long questionId, boolean solved, String how) {
        Collector c = requireCollector(user, lessonId);
        List<Question> group = questions.findByLessonIdAndGroupIdOrderByCreatedAtAscIdAsc(lessonId, c.groupId());
        Question item = find(group, questionId);
        if (item.getGroupMergedInto() != null) {
            throw new RuleViolationException("mutualhelp.error.mergedItem");
        }
        String text = how == null ? "" : how.strip();
        if (solved && text.isEmpty()) {
            throw new RuleViolationException("mutualhelp.error.howEmpty");
        }
        if (text.length() > HOW_MAX) {
            throw new RuleViolationException("mutualhelp.error.howLength", HOW_MAX);
        }
        item.markSelfSolved(solved, text);
        if (solved) {
            questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId).stream()
                    .filter(q -> item.getId().equals(q.getClassMergedInto())).forEach(q -> q.mergeInClassInto(null));
        }
        audit.record("UPDATE", "MhQuestion", questionId, AuditText.of(solved ? "audit.msg.mh.selfSolved"
                : "audit.msg.mh.notSelfSolved", c.groupNo(), c.lesson().getTitle()));
    }

    @Transactional
    void submitGroup(HezuoUser user, long lessonId) {
        Collector c = requireCollector(user, lessonId);
        GroupSubmission s = submissions.findByLessonIdAndGroupId(lessonId, c.groupId())
                .orElseGet(() -> new GroupSubmission(c.me().getSchoolId(), lessonId, c.groupId()));
        s.submit(c.me().getId(), clock.instant());
        submissions.save(s);
        audit.record("UPDATE", "MhGroupSubmission", lessonId, AuditText.of("audit.msg.mh.groupSubmitted", c.groupNo(),
                c.lesson().getTitle()));
    }

    // ---- The 课代表's class list ----

    /** A group's item as the 课代表 sees it: wording and group number, no names. */
    record RepItem(long id, String body, String knowledgePoint, Integer groupNo, int askers) {
    }

    /** A class topic for the 课代表: its items and how many groups asked (their merge decides the order). */
    record RepTopic(RepItem root, List<RepItem> merged, int groups) {
    }

    record GroupStatus(int number, Instant submittedAt) {
    }

    record ClassPage(Lesson lesson, String subject, List<RepTopic> topics, List<GroupStatus> groups, Instant now) {
    }

    @Transactional(readOnly = true)
    ClassPage classPage(HezuoUser user, long lessonId) {
        Rep r = requireRep(user, lessonId);
        List<Question> all = questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId);
        List<RepTopic> topics = Topics.ranked(all).stream().map(t -> new RepTopic(repItem(t.items().get(0)),
                t.items().stream().skip(1).map(PipelineService::repItem).toList(), t.groups())).toList();
        Map<Long, Instant> submitted = new HashMap<>();
        submissions.findByLessonIdOrderByGroupIdAsc(lessonId).forEach(s -> submitted.put(s.getGroupId(), s.getSubmittedAt()));
        List<GroupStatus> groups = new ArrayList<>();
        people.groupNumbers(r.me().getSchoolId(), r.me().getClassId())
                .forEach((id, number) -> groups.add(new GroupStatus(number, submitted.get(id))));
        return new ClassPage(r.lesson(), people.requireSubject(r.me().getSchoolId(), r.lesson().getSubjectId()).getName(),
                topics, groups, clock.instant());
    }

    /** Merges a group item (with its topic's other items) into another topic, or takes it out again (null). */
    @Transactional
    void mergeInClass(HezuoUser user, long lessonId, long questionId, Long intoId) {
        Rep r = requireRep(user, lessonId);
        List<Question> all = questions.findByLessonIdOrderByCreatedAtAscIdAsc(lessonId);
        Question source = find(all, questionId);
        if (source.getGroupMergedInto() != null || source.isSelfSolved()) {
            throw new RuleViolationException("mutualhelp.error.mergedItem");
        }
        if (intoId == null) {
            source.mergeInClassInto(null);
        } else {
            Question target = find(all, intoId);
            if (target.getId().equals(source.getId()) || target.getGroupMergedInto() != null || target.isSelfSolved()
                    || target.getClassMergedInto() != null) {
                throw new RuleViolationException("mutualhelp.error.mergeTarget");
            }
            all.stream().filter(q -> source.getId().equals(q.getClassMergedInto()))
                    .forEach(q -> q.mergeInClassInto(target.getId()));
            source.mergeInClassInto(target.getId());
        }
        audit.record("UPDATE", "MhQuestion", questionId, AuditText.of(intoId == null ? "audit.msg.mh.classUnmerged"
                : "audit.msg.mh.classMerged", r.lesson().getTitle()));
    }

    @Transactional
    void submitClass(HezuoUser user, long lessonId) {
        Rep r = requireRep(user, lessonId);
        r.lesson().classSubmitted(r.me().getId(), clock.instant());
        audit.record("UPDATE", "MhLesson", lessonId, AuditText.of("audit.msg.mh.classSubmitted", r.lesson().getTitle()));
    }

    // ---- Photos ----

    /**
     * A question's photo, for the asker, their group's question collector, the subject's 课代表 and the class's
     * teachers; anyone else of the school is refused (403), another school's gets 404.
     */
    @Transactional(readOnly = true)
    PhotoStore.StoredPhoto photo(HezuoUser user, long questionId, java.util.function.LongPredicate teacherOfClass) {
        Question q = questions.findById(questionId).filter(x -> x.getSchoolId() == user.schoolId() && x.getPhotoId() != null)
                .orElseThrow(() -> new NotFoundException("photo", questionId));
        Lesson lesson = lessons.findById(q.getLessonId()).orElseThrow();
        boolean allowed;
        if (user.isStudent()) {
            Student me = people.requireStudent(user);
            allowed = me.getId().equals(q.getStudentId()) || isRep(me, lesson)
                    || (me.getClassId().equals(lesson.getClassId()) && q.getGroupId() != null
                    && people.placement(me).filter(p -> p.groupId() == q.getGroupId()).isPresent()
                    && people.questionCollector(me.getSchoolId(), me.getClassId(), q.getGroupId(), lesson.getSubjectId())
                    .filter(id -> id.equals(me.getId())).isPresent());
        } else {
            allowed = teacherOfClass.test(lesson.getClassId());
        }
        if (!allowed) {
            throw new AccessDeniedException("photo of question " + questionId);
        }
        return photos.find(q.getPhotoId(), user.schoolId()).orElseThrow(() -> new NotFoundException("photo", questionId));
    }

    // ---- Who may do what ----

    private record Collector(Student me, Lesson lesson, long groupId, int groupNo) {
    }

    private record Rep(Student me, Lesson lesson) {
    }

    private Collector requireCollector(HezuoUser user, long lessonId) {
        Student me = people.requireStudent(user);
        Lesson lesson = lessonOfMyClass(me, lessonId);
        People.Placement placement = people.placement(me)
                .orElseThrow(() -> new AccessDeniedException("not in a group"));
        boolean collector = people.questionCollector(me.getSchoolId(), me.getClassId(), placement.groupId(),
                lesson.getSubjectId()).filter(id -> id.equals(me.getId())).isPresent();
        if (!collector) {
            throw new AccessDeniedException("not the group's question collector");
        }
        return new Collector(me, lesson, placement.groupId(), placement.groupNo());
    }

    private Rep requireRep(HezuoUser user, long lessonId) {
        Student me = people.requireStudent(user);
        Lesson lesson = lessonOfMyClass(me, lessonId);
        if (!isRep(me, lesson)) {
            throw new AccessDeniedException("not the subject's 课代表");
        }
        return new Rep(me, lesson);
    }

    private boolean isRep(Student me, Lesson lesson) {
        return me.getClassId().equals(lesson.getClassId()) && reps.findByClassIdAndSubjectId(lesson.getClassId(),
                lesson.getSubjectId()).filter(r -> r.getStudentId().equals(me.getId())).isPresent();
    }

    private Lesson lessonOfMyClass(Student me, long lessonId) {
        return lessons.findById(lessonId).filter(l -> l.getClassId().equals(me.getClassId()))
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
    }

    private static Question find(List<Question> list, long id) {
        return list.stream().filter(q -> q.getId() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("question", id));
    }

    private static RepItem repItem(Topics.GroupItem item) {
        Question q = item.root();
        return new RepItem(q.getId(), q.getBody(), q.getKnowledgePoint(), q.getGroupNo(), item.students().size());
    }
}
