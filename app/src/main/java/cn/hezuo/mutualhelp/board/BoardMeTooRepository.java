package cn.hezuo.mutualhelp.board;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardMeTooRepository extends JpaRepository<BoardMeToo, Long> {

    boolean existsByQuestionIdAndStudentId(Long questionId, Long studentId);

    List<BoardMeToo> findByQuestionIdInAndStudentId(Collection<Long> questionIds, Long studentId);
}
