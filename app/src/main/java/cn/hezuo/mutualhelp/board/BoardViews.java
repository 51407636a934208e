package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.questions.PhotoStore;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board as each person may see it. Students: their own class only, no hidden posts but their own, an anonymous
 * asker as 匿名同学 (the asker sees “我”), answers to a question held for homework only their own until the due time.
 * Teachers: everything, with names, hidden posts marked and the edit history. No page carries scores, tiers or ranks.
 */
@Service
class BoardViews {

    /** How many questions one board page shows (pinned first, then newest); 更多 loads the next page. */
    static final int PAGE = 20;

    /** One question in a list or at the top of its page; {@code author} is null where the viewer may not know. */
    record Card(long id, String body, String author, boolean anonymous, boolean mine, String knowledgePoint,
                boolean photo, int meToo, boolean meTooMine, int answers, boolean accepted, boolean pinned,
                boolean hidden, Instant heldUntil, Instant createdAt) {
    }

    /** Who wrote an answer, as shown. */
    enum AuthorKind { STUDENT, TEACHER, CLASS }

    record AnswerRow(long id, String body, AuthorKind kind, String author, boolean mine, boolean accepted,
                     boolean hidden, boolean awarded) {
    }

    /** One page of a board's questions: its number (from 0) and whether another follows. */
    record CardPage(List<Card> cards, int page, boolean more) {
        static final CardPage EMPTY = new CardPage(List.of(), 0, false);
    }

    record MyBoard(Student student, List<Subject> subjects, Subject subject, CardPage cards,
                   List<BoardHomework> homework, boolean anonymousAllowed, List<String> knowledgePoints, Instant now) {
    }

    record ClassBoard(SchoolClass schoolClass, List<Subject> subjects, Subject subject, CardPage cards,
                      List<BoardHomework> homework, BoardSettings.Setting setting, Instant now) {
    }

    record QuestionPage(Card card, String subject, long subjectId, String className, long classId, boolean teacher, boolean canAccept,
                        boolean canMeToo, boolean held, List<AnswerRow> answers, List<BoardEdit> edits,
                        boolean awardPoints, String homework) {
    }

    private final BoardQuestionRepository questions;
    private final BoardAnswerRepository answers;
    private final BoardMeTooRepository meToos;
    private final BoardEditRepository edits;
    private final BoardHomeworkRepository homework;
    private final BoardSettings settings;
    private final BoardAccess access;
    private final PhotoStore photos;
    private final People people;
    private final ClassAccess classes;
    private final ClassDirectory classDirectory;
    private final Clock clock;

    BoardViews(BoardQuestionRepository questions, BoardAnswerRepository answers, BoardMeTooRepository meToos,
               BoardEditRepository edits, BoardHomeworkRepository homework, BoardSettings settings, BoardAccess access,
               PhotoStore photos, People people, ClassAccess classes, ClassDirectory classDirectory, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.meToos = meToos;
        this.edits = edits;
        this.homework = homework;
        this.settings = settings;
        this.access = access;
        this.photos = photos;
        this.people = people;
        this.classes = classes;
        this.classDirectory = classDirectory;
        this.clock = clock;
    }

    /** The student's own class board for one subject (the first active subject when none is asked for). */
    @Transactional(readOnly = true)
    MyBoard myBoard(HezuoUser user, Long subjectId, int page) {
        Student me = people.requireStudent(user);
        List<Subject> subjects = people.subjects(me.getSchoolId());
        Subject subject = pick(subjects, subjectId);
        Instant now = clock.instant();
        if (subject == null) {
            return new MyBoard(me, subjects, null, CardPage.EMPTY, List.of(), false, List.of(), now);
        }
        List<BoardHomework> open = homework.findByClassIdAndSubjectIdAndDueAtAfterOrderByDueAtDescIdDesc(
                me.getClassId(), subject.getId(), now);
        return new MyBoard(me, subjects, subject, studentCards(me, subject.getId(), page, now), open,
                settings.of(me.getClassId()).anonymousAllowed(),
                people.knowledgePoints(me.getSchoolId(), subject.getId()), now);
    }

    /** Another page of the student's class board (更多). */
    @Transactional(readOnly = true)
    CardPage myCards(HezuoUser user, long subjectId, int page) {
        Student me = people.requireStudent(user);
        Subject subject = people.requireSubject(me.getSchoolId(), subjectId);
        return studentCards(me, subject.getId(), page, clock.instant());
    }

    /** The class's board for its teachers: hidden posts too, every name, the switches and the homework. */
    @Transactional(readOnly = true)
    ClassBoard classBoard(HezuoUser user, long classId, Long subjectId, int page) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        List<Subject> subjects = people.subjects(schoolClass.getSchoolId());
        Subject subject = pick(subjects, subjectId);
        Instant now = clock.instant();
        CardPage cards = subject == null ? CardPage.EMPTY : teacherCards(classId, subject.getId(), page, now);
        return new ClassBoard(schoolClass, subjects, subject, cards,
                homework.findByClassIdOrderByDueAtDescIdDesc(classId), settings.of(classId), now);
    }

    /** Another page of the class's board for its teachers (更多). */
    @Transactional(readOnly = true)
    CardPage classCards(HezuoUser user, long classId, long subjectId, int page) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        Subject subject = people.requireSubject(schoolClass.getSchoolId(), subjectId);
        return teacherCards(classId, subject.getId(), page, clock.instant());
    }

    private CardPage studentCards(Student me, long subjectId, int page, Instant now) {
        Slice<BoardQuestion> slice = questions.studentPage(me.getClassId(), subjectId, me.getId(), page(page));
        Set<Long> mine = new HashSet<>();
        if (slice.hasContent()) {
            meToos.findByQuestionIdInAndStudentId(slice.map(BoardQuestion::getId).toList(), me.getId())
                    .forEach(m -> mine.add(m.getQuestionId()));
        }
        Map<Long, String> names = people.classNames(me.getClassId());
        return new CardPage(slice.map(q -> card(q, names, me, mine.contains(q.getId()), now)).toList(),
                slice.getNumber(), slice.hasNext());
    }

    private CardPage teacherCards(long classId, long subjectId, int page, Instant now) {
        Slice<BoardQuestion> slice = questions.findByClassIdAndSubjectIdOrderByPinnedDescCreatedAtDescIdDesc(classId,
                subjectId, page(page));
        Map<Long, String> names = people.classNames(classId);
        return new CardPage(slice.map(q -> card(q, names, null, false, now)).toList(), slice.getNumber(),
                slice.hasNext());
    }

    private static PageRequest page(int page) {
        return PageRequest.of(Math.max(0, page), PAGE);
    }

    /** One question with the answers the viewer may read. */
    @Transactional(readOnly = true)
    QuestionPage question(HezuoUser user, long questionId) {
        BoardAccess.Reader r = access.read(user, questionId);
        BoardQuestion q = r.question();
        Instant now = clock.instant();
        Map<Long, String> names = people.classNames(q.getClassId());
        Student me = r.student();
        boolean meTooMine = me != null && meToos.existsByQuestionIdAndStudentId(q.getId(), me.getId());
        Card card = card(q, names, me, meTooMine, now);
        boolean held = q.answersHeld(now);
        String className = classDirectory.find(q.getClassId()).map(SchoolClass::getName).orElse("");
        List<AnswerRow> rows = answers.findByQuestionIdOrderByCreatedAtAscIdAsc(q.getId()).stream()
                .filter(a -> r.teacher() || !a.isHidden())
                // 互不抄袭: until the homework is due a student reads only their own answers.
                .filter(a -> r.teacher() || !held || me.getId().equals(a.getStudentId()))
                .map(a -> new AnswerRow(a.getId(), a.getBody(), a.getStudentId() != null ? AuthorKind.STUDENT
                        : a.isInClassName() ? AuthorKind.CLASS : AuthorKind.TEACHER,
                        a.getStudentId() != null ? names.getOrDefault(a.getStudentId(), "")
                                : a.isInClassName() ? className : null,
                        me != null ? me.getId().equals(a.getStudentId()) : a.getAuthor().equals(user.getUsername()),
                        a.isAccepted(), a.isHidden(), a.getPointsAction() != null))
                .toList();
        boolean canAccept = r.teacher() || q.getStudentId().equals(me.getId());
        boolean canMeToo = me != null && !q.getStudentId().equals(me.getId()) && !meTooMine;
        String subject = people.subjects(q.getSchoolId()).stream().filter(s -> s.getId().equals(q.getSubjectId()))
                .map(Subject::getName).findFirst().orElse("");
        String hw = q.getHomeworkId() == null ? null
                : homework.findById(q.getHomeworkId()).map(BoardHomework::getTitle).orElse(null);
        return new QuestionPage(card, subject, q.getSubjectId(), className, q.getClassId(), r.teacher(), canAccept, canMeToo, held, rows,
                r.teacher() ? edits.findByQuestionIdOrderByEditedAtAscIdAsc(q.getId()) : List.of(),
                settings.of(q.getClassId()).awardPoints(), hw);
    }

    /** The question's photo, for whoever may read the question. */
    @Transactional(readOnly = true)
    PhotoStore.StoredPhoto photo(HezuoUser user, long questionId) {
        BoardQuestion q = access.read(user, questionId).question();
        if (q.getPhotoId() == null) {
            throw new NotFoundException("photo", questionId);
        }
        return photos.find(q.getPhotoId(), user.schoolId()).orElseThrow(() -> new NotFoundException("photo", questionId));
    }

    private static Subject pick(List<Subject> subjects, Long subjectId) {
        if (subjects.isEmpty()) {
            return null;
        }
        return subjects.stream().filter(s -> s.getId().equals(subjectId)).findFirst().orElse(subjects.get(0));
    }

    /** A card as seen by {@code viewer} (a student), or by a teacher when null. */
    private static Card card(BoardQuestion q, Map<Long, String> names, Student viewer, boolean meTooMine, Instant now) {
        boolean mine = viewer != null && q.getStudentId().equals(viewer.getId());
        String author = viewer != null && q.isAnonymous() && !mine ? null : names.getOrDefault(q.getStudentId(), "");
        return new Card(q.getId(), q.getBody(), author, q.isAnonymous(), mine, q.getKnowledgePoint(),
                q.getPhotoId() != null, q.getMeToo(), meTooMine, q.getAnswers(), q.getAcceptedAnswerId() != null,
                q.isPinned(), q.isHidden(), q.answersHeld(now) ? q.getHeldUntil() : null, q.getCreatedAt());
    }
}
