package cn.hezuo.mutualhelp.questions;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三思 after class: a teacher opens it for a lesson entry (choosing the next entry of the class and subject, if any,
 * to receive what is still unclear); each student answers three short questions on a phone; the teacher reads the
 * answers grouped by question. A student's 二思 becomes a question of the next lesson (source REFLECTION) while that
 * lesson has not started, and follows later edits of the answer.
 */
@Service
class ReflectionService {

    static final int ANSWER_MAX = 300;

    private final AfterClassReflectionRepository reflections;
    private final ReflectionAnswerRepository answers;
    private final LessonRepository lessons;
    private final QuestionRepository questions;
    private final ClassAccess access;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    ReflectionService(AfterClassReflectionRepository reflections, ReflectionAnswerRepository answers, LessonRepository lessons,
                      QuestionRepository questions, ClassAccess access, People people, AuditTrail audit, Clock clock) {
        this.reflections = reflections;
        this.answers = answers;
        this.lessons = lessons;
        this.questions = questions;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The teacher's view: whether 三思 is open, the entries it may lead into, and the answers grouped by question. */
    record TeacherView(boolean open, Long nextLessonId, String nextTitle, List<Lesson> candidates,
                       List<ReflectionAnswer> answers, Map<Long, String> names, int classSize) {
    }

    @Transactional(readOnly = true)
    TeacherView teacherView(HezuoUser user, long lessonId) {
        Lesson lesson = lessonForTeacher(user, lessonId);
        Optional<AfterClassReflection> reflection = reflections.findByLessonId(lessonId);
        Map<Long, String> names = people.classNames(lesson.getClassId());
        Long next = reflection.map(AfterClassReflection::getNextLessonId).orElse(null);
        String nextTitle = next == null ? null : lessons.findById(next).map(Lesson::getTitle).orElse(null);
        List<ReflectionAnswer> list = reflection.map(r -> answers.findByReflectionIdOrderByAnsweredAtAscIdAsc(r.getId()))
                .orElse(List.of());
        return new TeacherView(reflection.isPresent(), next, nextTitle, candidates(lesson), list, names, names.size());
    }

    /** Opens 三思 for the lesson (or changes where its unclear questions go); any teacher of the class. */
    @Transactional
    void open(HezuoUser user, long lessonId, Long nextLessonId) {
        Lesson lesson = lessonForTeacher(user, lessonId);
        if (nextLessonId != null && candidates(lesson).stream().noneMatch(l -> l.getId() == nextLessonId.longValue())) {
            throw new RuleViolationException("mutualhelp.error.nextLesson");
        }
        AfterClassReflection reflection = reflections.findByLessonId(lessonId).orElseGet(() -> new AfterClassReflection(lesson.getSchoolId(),
                lessonId, nextLessonId, user.getUsername(), clock.instant()));
        reflection.leadInto(nextLessonId);
        reflections.save(reflection);
        audit.record("UPDATE", "MhReflection", lessonId, AuditText.of("audit.msg.mh.reflectionOpened",
                lesson.getTitle()));
    }

    /** The student's answer, or empty; and whether 三思 is open for the lesson. */
    @Transactional(readOnly = true)
    Optional<AfterClassReflection> reflectionOf(long lessonId) {
        return reflections.findByLessonId(lessonId);
    }

    @Transactional(readOnly = true)
    Optional<ReflectionAnswer> answerOf(long reflectionId, long studentId) {
        return answers.findByReflectionIdAndStudentId(reflectionId, studentId);
    }

    /** Saves the student's three answers; 一思 is required, the others may be empty. */
    @Transactional
    void answer(HezuoUser user, long lessonId, String gains, String unclear, String plan) {
        Student me = people.requireStudent(user);
        Lesson lesson = lessons.findById(lessonId).filter(l -> l.getClassId().equals(me.getClassId()))
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
        AfterClassReflection reflection = reflections.findByLessonId(lessonId)
                .orElseThrow(() -> new RuleViolationException("mutualhelp.error.reflectionClosed"));
        String g = clean(gains, "mutualhelp.error.gainsLength");
        String u = clean(unclear, "mutualhelp.error.unclearLength");
        String p = clean(plan, "mutualhelp.error.planLength");
        if (g == null) {
            throw new RuleViolationException("mutualhelp.error.gainsEmpty");
        }
        ReflectionAnswer answer = answers.findByReflectionIdAndStudentId(reflection.getId(), me.getId())
                .orElseGet(() -> new ReflectionAnswer(me.getSchoolId(), reflection.getId(), me.getId()));
        answer.answer(g, u, p, clock.instant());
        answers.save(answer);
        if (u != null) {
            carryIntoNextLesson(me, reflection, answer, u);
        }
        audit.record("UPDATE", "MhReflectionAnswer", lessonId, AuditText.of("audit.msg.mh.reflected", me.getStudentNo(),
                lesson.getTitle()));
    }

    private void carryIntoNextLesson(Student me, AfterClassReflection reflection, ReflectionAnswer answer, String unclear) {
        Optional<Question> earlier = Optional.ofNullable(answer.getQuestionId()).flatMap(questions::findById);
        if (earlier.isPresent()) {
            earlier.get().reword(unclear);
            return;
        }
        if (reflection.getNextLessonId() == null) {
            return;
        }
        Lesson next = lessons.findById(reflection.getNextLessonId()).orElse(null);
        if (next == null || next.hasStarted(clock.instant())) {
            return;
        }
        Optional<People.Placement> placement = people.placement(me);
        Question q = questions.save(new Question(me.getSchoolId(), next.getId(), me.getId(),
                placement.map(People.Placement::groupId).orElse(null),
                placement.map(People.Placement::groupNo).orElse(null), UUID.randomUUID().toString(), unclear, null,
                null, Question.Source.REFLECTION, clock.instant()));
        answer.ledTo(q.getId());
    }

    /** Later entries of the same class and subject that have not started: where unclear questions may go. */
    private List<Lesson> candidates(Lesson lesson) {
        Instant now = clock.instant();
        return lessons.findByClassIdOrderByLessonAtDescIdDesc(lesson.getClassId()).stream()
                .filter(l -> l.getSubjectId().equals(lesson.getSubjectId()) && l.getLessonAt().isAfter(lesson.getLessonAt())
                        && !l.hasStarted(now))
                .toList();
    }

    private Lesson lessonForTeacher(HezuoUser user, long lessonId) {
        Lesson lesson = lessons.findById(lessonId).filter(l -> l.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("lesson", lessonId));
        access.requireView(user, lesson.getClassId());
        return lesson;
    }

    private static String clean(String text, String tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > ANSWER_MAX) {
            throw new RuleViolationException(tooLong, ANSWER_MAX);
        }
        return t;
    }
}
