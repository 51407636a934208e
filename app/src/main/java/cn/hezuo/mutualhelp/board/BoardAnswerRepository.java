package cn.hezuo.mutualhelp.board;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardAnswerRepository extends JpaRepository<BoardAnswer, Long> {

    List<BoardAnswer> findByQuestionIdOrderByCreatedAtAscIdAsc(Long questionId);

    List<BoardAnswer> findByQuestionIdInOrderByCreatedAtAscIdAsc(Collection<Long> questionIds);

    Optional<BoardAnswer> findByAuthorAndRequestId(String author, String requestId);
}
