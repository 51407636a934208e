package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the class's teachers do to the board: hide and pin, edit a post with a reason (the earlier wording is kept in
 * {@code mh_board_edit} and shown to teachers), name homework whose due time holds answers, and award an answer the
 * asker accepted. Nothing is deleted: a hidden post stays for the teachers and the audit log.
 */
@Service
class BoardModeration {

    static final int REASON_MAX = 200;
    static final int TITLE_MAX = 80;

    private final BoardQuestionRepository questions;
    private final BoardAnswerRepository answers;
    private final BoardEditRepository edits;
    private final BoardHomeworkRepository homework;
    private final BoardPoints points;
    private final BoardAccess access;
    private final ClassAccess classes;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    BoardModeration(BoardQuestionRepository questions, BoardAnswerRepository answers, BoardEditRepository edits,
                    BoardHomeworkRepository homework, BoardPoints points, BoardAccess access, ClassAccess classes,
                    People people, AuditTrail audit, Clock clock) {
        this.questions = questions;
        this.answers = answers;
        this.edits = edits;
        this.homework = homework;
        this.points = points;
        this.access = access;
        this.classes = classes;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void hideQuestion(HezuoUser user, long questionId, boolean hidden) {
        BoardQuestion q = access.teacher(user, questionId).question();
        q.hide(hidden);
        audit.record("UPDATE", "MhBoardQuestion", questionId, AuditText.of(hidden ? "audit.msg.mh.boardHidden"
                : "audit.msg.mh.boardShown", questionId));
    }

    @Transactional
    void pin(HezuoUser user, long questionId, boolean pinned) {
        BoardQuestion q = access.teacher(user, questionId).question();
        q.pin(pinned);
        audit.record("UPDATE", "MhBoardQuestion", questionId, AuditText.of(pinned ? "audit.msg.mh.boardPinned"
                : "audit.msg.mh.boardUnpinned", questionId));
    }

    @Transactional
    void editQuestion(HezuoUser user, long questionId, String body, String reason) {
        BoardQuestion q = access.teacher(user, questionId).question();
        String text = BoardService.requireText(body, BoardService.BODY_MAX, "mutualhelp.board.error.bodyEmpty",
                "mutualhelp.board.error.bodyLength");
        String why = requireReason(reason);
        edits.save(new BoardEdit(q.getSchoolId(), q.getId(), null, q.getBody(), why, user.getUsername(), clock.instant()));
        q.reword(text);
        audit.record("UPDATE", "MhBoardQuestion", questionId, AuditText.of("audit.msg.mh.boardEdited", questionId, why));
    }

    @Transactional
    void hideAnswer(HezuoUser user, long answerId, boolean hidden) {
        BoardAnswer a = answer(user, answerId);
        a.hide(hidden);
        if (hidden && a.isAccepted()) {
            a.accept(false, null);
            questions.findById(a.getQuestionId()).ifPresent(q -> q.accept(null));
        }
        audit.record("UPDATE", "MhBoardAnswer", answerId, AuditText.of(hidden ? "audit.msg.mh.boardHidden"
                : "audit.msg.mh.boardShown", a.getQuestionId()));
    }

    @Transactional
    void editAnswer(HezuoUser user, long answerId, String body, String reason) {
        BoardAnswer a = answer(user, answerId);
        String text = BoardService.requireText(body, BoardService.ANSWER_MAX, "mutualhelp.board.error.answerEmpty",
                "mutualhelp.board.error.answerLength");
        String why = requireReason(reason);
        edits.save(new BoardEdit(a.getSchoolId(), a.getQuestionId(), a.getId(), a.getBody(), why, user.getUsername(),
                clock.instant()));
        a.reword(text);
        audit.record("UPDATE", "MhBoardAnswer", answerId, AuditText.of("audit.msg.mh.boardEdited", a.getQuestionId(),
                why));
    }

    /** Gives 互助答疑 points for an accepted student answer (once; the class's switch must be on). */
    @Transactional
    void award(HezuoUser user, long answerId) {
        BoardAnswer a = answer(user, answerId);
        BoardQuestion q = questions.findById(a.getQuestionId()).orElseThrow();
        if (a.getStudentId() == null) {
            throw new RuleViolationException("mutualhelp.board.error.notAccepted");
        }
        points.awardIfOnOrRefuse(user, q, a);
    }

    /** Names homework: answers to questions tied to it stay with their authors until {@code dueAt}. */
    @Transactional
    long addHomework(HezuoUser user, long classId, long subjectId, String title, Instant dueAt) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        people.requireSubject(schoolClass.getSchoolId(), subjectId);
        String text = BoardService.requireText(title, TITLE_MAX, "mutualhelp.board.error.titleEmpty",
                "mutualhelp.board.error.titleLength");
        if (dueAt == null) {
            throw new RuleViolationException("mutualhelp.board.error.dueAt");
        }
        BoardHomework hw = homework.save(new BoardHomework(schoolClass.getSchoolId(), classId, subjectId, text, dueAt,
                user.getUsername(), clock.instant()));
        audit.record("CREATE", "MhBoardHomework", hw.getId(), AuditText.of("audit.msg.mh.boardHomework",
                schoolClass.getName(), text));
        return hw.getId();
    }

    /**
     * Moves a homework's due time (extended, or ended now to show the answers): every question tied to it is held
     * until the new time.
     */
    @Transactional
    void moveDue(HezuoUser user, long classId, long homeworkId, Instant dueAt) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        BoardHomework hw = homework.findByIdAndClassId(homeworkId, classId)
                .orElseThrow(() -> new NotFoundException("homework", homeworkId));
        if (dueAt == null) {
            throw new RuleViolationException("mutualhelp.board.error.dueAt");
        }
        hw.moveDue(dueAt);
        questions.holdUntil(homeworkId, dueAt);
        audit.record("UPDATE", "MhBoardHomework", homeworkId, AuditText.of("audit.msg.mh.boardHomeworkDue",
                schoolClass.getName(), hw.getTitle()));
    }

    private BoardAnswer answer(HezuoUser user, long answerId) {
        BoardAnswer a = answers.findById(answerId).filter(x -> x.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("board answer", answerId));
        access.teacher(user, a.getQuestionId());
        return a;
    }

    private static String requireReason(String reason) {
        return BoardService.requireText(reason, REASON_MAX, "mutualhelp.board.error.reasonEmpty",
                "mutualhelp.board.error.reasonLength");
    }
}
