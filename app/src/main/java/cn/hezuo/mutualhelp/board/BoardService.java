package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.questions.PhotoStore;
import cn.hezuo.roster.Student;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The writes everyone in the class makes on the board: asking, answering, “我也有这个问题” and accepting an answer.
 * Each form carries a request id made when the page was drawn; the same id from the same person returns what was
 * already saved (and the unique keys hold even past this check), so a double tap is one post.
 */
@Service
class BoardService {

    static final int BODY_MAX = 500;
    static final int ANSWER_MAX = 1000;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,40}");

    /** What a student asks with. */
    record Ask(long subjectId, String body, String knowledgePoint, Long homeworkId, boolean anonymous, byte[] photo,
               String requestId) {
    }

    private final BoardQuestionRepository questions;
    private final BoardAnswerRepository answers;
    private final BoardMeTooRepository meToos;
    private final BoardHomeworkRepository homework;
    private final BoardSettings settings;
    private final BoardPoints points;
    private final BoardAccess access;
    private final PhotoStore photos;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    BoardService(BoardQuestionRepository questions, BoardAnswerRepository answers, BoardMeTooRepository meToos,
                 BoardHomeworkRepository homework, BoardSettings settings, BoardPoints points, BoardAccess access,
                 PhotoStore photos, People people, AuditTrail audit, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.meToos = meToos;
        this.homework = homework;
        this.settings = settings;
        this.points = points;
        this.access = access;
        this.photos = photos;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Posts a question on the student's own class board; returns its id (the earlier one for a repeated request). */
    @Transactional
    long ask(HezuoUser user, Ask ask) {
        Student me = people.requireStudent(user);
        String requestId = requireRequestId(ask.requestId());
        Optional<BoardQuestion> earlier = questions.findByStudentIdAndRequestId(me.getId(), requestId);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        people.requireSubject(me.getSchoolId(), ask.subjectId());
        String text = requireText(ask.body(), BODY_MAX, "mutualhelp.board.error.bodyEmpty",
                "mutualhelp.board.error.bodyLength");
        String point = ask.knowledgePoint() == null || ask.knowledgePoint().isBlank() ? null : ask.knowledgePoint().strip();
        if (point != null && !people.knowledgePoints(me.getSchoolId(), ask.subjectId()).contains(point)) {
            throw new RuleViolationException("mutualhelp.error.knowledgePoint");
        }
        Instant heldUntil = null;
        if (ask.homeworkId() != null) {
            BoardHomework hw = homework.findByIdAndClassId(ask.homeworkId(), me.getClassId())
                    .filter(h -> h.getSubjectId() == ask.subjectId())
                    .orElseThrow(() -> new RuleViolationException("mutualhelp.board.error.homework"));
            heldUntil = hw.getDueAt();
        }
        if (ask.anonymous() && !settings.of(me.getClassId()).anonymousAllowed()) {
            throw new RuleViolationException("mutualhelp.board.error.anonymous");
        }
        String photoId = ask.photo() == null || ask.photo().length == 0 ? null : photos.save(me.getSchoolId(), ask.photo());
        Optional<People.Placement> placement = people.placement(me);
        BoardQuestion q = questions.save(new BoardQuestion(me.getSchoolId(), me.getClassId(), ask.subjectId(),
                me.getId(), placement.map(People.Placement::groupId).orElse(null),
                placement.map(People.Placement::groupNo).orElse(null), requestId,
                new BoardQuestion.Content(text, point, photoId, ask.homeworkId(), heldUntil, ask.anonymous()),
                clock.instant()));
        audit.record("CREATE", "MhBoardQuestion", q.getId(), AuditText.of("audit.msg.mh.boardAsked",
                me.getStudentNo(), q.getClassId(), q.getSubjectId()));
        return q.getId();
    }

    /**
     * Answers a question: a student of the class, or a teacher of it (as themselves or in the class's name). Hidden
     * questions take no answers from students.
     */
    @Transactional
    long answer(HezuoUser user, long questionId, String body, boolean inClassName, String requestId) {
        BoardAccess.Reader r = access.read(user, questionId);
        String id = requireRequestId(requestId);
        Optional<BoardAnswer> earlier = answers.findByAuthorAndRequestId(user.getUsername(), id);
        if (earlier.isPresent()) {
            return earlier.get().getId();
        }
        if (!r.teacher() && r.question().isHidden()) {
            throw new RuleViolationException("mutualhelp.board.error.hidden");
        }
        String text = requireText(body, ANSWER_MAX, "mutualhelp.board.error.answerEmpty",
                "mutualhelp.board.error.answerLength");
        // Locked so two answers at once both count and the first answer time is the earliest.
        BoardQuestion q = questions.lockById(questionId).orElseThrow();
        Instant now = clock.instant();
        BoardAnswer a = answers.save(new BoardAnswer(q.getSchoolId(), q.getId(),
                r.teacher() ? null : r.student().getId(), user.getUsername(), r.teacher() && inClassName, id, text, now));
        q.answered(now);
        audit.record("CREATE", "MhBoardAnswer", a.getId(), AuditText.of("audit.msg.mh.boardAnswered", q.getId()));
        return a.getId();
    }

    /** “我也有这个问题”: a classmate's +1, once per student (a second tap changes nothing); not on one's own question. */
    @Transactional
    void meToo(HezuoUser user, long questionId) {
        BoardAccess.Reader r = access.read(user, questionId);
        if (r.teacher()) {
            throw new AccessDeniedException("students only");
        }
        if (r.question().getStudentId().equals(r.student().getId())) {
            throw new RuleViolationException("mutualhelp.board.error.meTooOwn");
        }
        if (meToos.existsByQuestionIdAndStudentId(questionId, r.student().getId())) {
            return;
        }
        BoardQuestion q = questions.lockById(questionId).orElseThrow();
        meToos.save(new BoardMeToo(q.getSchoolId(), questionId, r.student().getId(), clock.instant()));
        q.meToo();
        audit.record("CREATE", "MhBoardMeToo", questionId, AuditText.of("audit.msg.mh.boardMeToo",
                r.student().getStudentNo(), questionId));
    }

    /**
     * Accepts an answer (another accepted before loses the mark), or takes the mark back: the asker or a teacher of the
     * class. A teacher's acceptance of a student's answer gives the class's 互助答疑 points when the class has them on.
     */
    @Transactional
    void accept(HezuoUser user, long answerId, boolean accepted) {
        BoardAnswer a = answers.findById(answerId).filter(x -> x.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("board answer", answerId));
        BoardAccess.Reader r = access.read(user, a.getQuestionId());
        if (!r.teacher() && !r.question().getStudentId().equals(r.student().getId())) {
            throw new AccessDeniedException("only the asker or a teacher accepts");
        }
        if (a.isHidden()) {
            throw new RuleViolationException("mutualhelp.board.error.hidden");
        }
        BoardQuestion q = questions.lockById(a.getQuestionId()).orElseThrow();
        if (a.getStudentId() != null && a.getStudentId().equals(q.getStudentId())) {
            throw new RuleViolationException("mutualhelp.board.error.acceptOwn");
        }
        if (accepted) {
            answers.findByQuestionIdOrderByCreatedAtAscIdAsc(q.getId()).stream()
                    .filter(x -> x.isAccepted() && !x.getId().equals(answerId)).forEach(x -> x.accept(false, null));
        }
        a.accept(accepted, user.getUsername());
        q.accept(accepted ? a.getId() : null);
        audit.record("UPDATE", "MhBoardAnswer", answerId, AuditText.of(accepted ? "audit.msg.mh.boardAccepted"
                : "audit.msg.mh.boardUnaccepted", q.getId()));
        if (accepted && r.teacher()) {
            points.awardIfOn(user, q, a);
        }
    }

    static String requireRequestId(String requestId) {
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            throw new RuleViolationException("mutualhelp.error.requestId");
        }
        return requestId;
    }

    static String requireText(String body, int max, String emptyKey, String lengthKey) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException(emptyKey);
        }
        if (text.length() > max) {
            throw new RuleViolationException(lengthKey, max);
        }
        return text;
    }
}
