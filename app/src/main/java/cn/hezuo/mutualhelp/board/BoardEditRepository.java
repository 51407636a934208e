package cn.hezuo.mutualhelp.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardEditRepository extends JpaRepository<BoardEdit, Long> {

    List<BoardEdit> findByQuestionIdOrderByEditedAtAscIdAsc(Long questionId);
}
