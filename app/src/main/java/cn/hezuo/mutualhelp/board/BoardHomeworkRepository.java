package cn.hezuo.mutualhelp.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardHomeworkRepository extends JpaRepository<BoardHomework, Long> {

    List<BoardHomework> findByClassIdOrderByDueAtDescIdDesc(Long classId);

    Optional<BoardHomework> findByIdAndClassId(Long id, Long classId);
}
