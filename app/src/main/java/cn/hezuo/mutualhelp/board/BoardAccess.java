package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and write a class's board: its students (their own class only) and the class's teachers and the admin
 * ({@link ClassAccess#requireView}). Another school's question answers 404, another class's 403.
 */
@Component
class BoardAccess {

    /** The signed-in person on one question: a student of its class ({@code student} set) or a teacher of it. */
    record Reader(HezuoUser user, BoardQuestion question, Student student, SchoolClass schoolClass) {
        boolean teacher() {
            return student == null;
        }
    }

    private final BoardQuestionRepository questions;
    private final People people;
    private final ClassAccess classes;

    BoardAccess(BoardQuestionRepository questions, People people, ClassAccess classes) {
        this.questions = questions;
        this.people = people;
        this.classes = classes;
    }

    @Transactional(readOnly = true)
    Reader read(HezuoUser user, long questionId) {
        BoardQuestion q = questions.findById(questionId).filter(x -> x.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("board question", questionId));
        return reader(user, q);
    }

    Reader reader(HezuoUser user, BoardQuestion q) {
        if (user.isStudent()) {
            Student me = people.requireStudent(user);
            if (!me.getClassId().equals(q.getClassId())) {
                throw new AccessDeniedException("another class's board");
            }
            if (q.isHidden() && !q.getStudentId().equals(me.getId())) {
                throw new NotFoundException("board question", q.getId());
            }
            return new Reader(user, q, me, null);
        }
        return new Reader(user, q, null, classes.requireView(user, q.getClassId()));
    }

    /** A teacher of the question's class (or the admin); students are refused. */
    @Transactional(readOnly = true)
    Reader teacher(HezuoUser user, long questionId) {
        Reader r = read(user, questionId);
        if (!r.teacher()) {
            throw new AccessDeniedException("teachers moderate");
        }
        return r;
    }
}
