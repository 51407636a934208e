package cn.hezuo.mutualhelp.board;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import jakarta.persistence.LockModeType;

interface BoardQuestionRepository extends JpaRepository<BoardQuestion, Long> {

    /** A teachers' board page: pinned first, then newest (uses ix_mh_board_question_board); one more tells of more. */
    Slice<BoardQuestion> findByClassIdAndSubjectIdOrderByPinnedDescCreatedAtDescIdDesc(Long classId, Long subjectId,
                                                                                     Pageable page);

    /** A student's board page: the same order, without the hidden questions of others. */
    @Query("""
            select q from BoardQuestion q where q.classId = :classId and q.subjectId = :subjectId
            and (q.hidden = false or q.studentId = :studentId) order by q.pinned desc, q.createdAt desc, q.id desc""")
    Slice<BoardQuestion> studentPage(Long classId, Long subjectId, Long studentId, Pageable page);

    /** The report's questions of a class since a time, oldest first. */
    List<BoardQuestion> findByClassIdAndCreatedAtGreaterThanEqualOrderByCreatedAtAscIdAsc(Long classId, Instant since);

    Optional<BoardQuestion> findByStudentIdAndRequestId(Long studentId, String requestId);

    /** A homework's due time moved: its questions are held until the new time. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update BoardQuestion q set q.heldUntil = :due where q.homeworkId = :homeworkId")
    int holdUntil(Long homeworkId, Instant due);

    /** The question row locked for a counter update (two answers at once both count). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from BoardQuestion q where q.id = :id")
    Optional<BoardQuestion> lockById(Long id);
}
