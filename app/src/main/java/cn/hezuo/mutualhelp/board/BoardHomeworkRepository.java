package cn.hezuo.mutualhelp.board;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardHomeworkRepository extends JpaRepository<BoardHomework, Long> {

    List<BoardHomework> findByClassIdOrderByDueAtDescIdDesc(Long classId);

    /** A subject's homework still open (uses ix_mh_board_homework_class). */
    List<BoardHomework> findByClassIdAndSubjectIdAndDueAtAfterOrderByDueAtDescIdDesc(Long classId, Long subjectId,
                                                                                     Instant after);

    Optional<BoardHomework> findByIdAndClassId(Long id, Long classId);
}
