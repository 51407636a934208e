package cn.hezuo.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvalDiscussionRepository extends JpaRepository<EvalDiscussion, Long> {

    Optional<EvalDiscussion> findByRequestId(String requestId);

    Optional<EvalDiscussion> findByIdAndClassId(long id, long classId);

    List<EvalDiscussion> findByClassIdAndLessonDateBetweenOrderByStartedAtAscIdAsc(long classId, LocalDate from,
                                                                                   LocalDate to);
}
