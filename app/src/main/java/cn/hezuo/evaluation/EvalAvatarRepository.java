package cn.hezuo.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvalAvatarRepository extends JpaRepository<EvalAvatar, Long> {

    Optional<EvalAvatar> findByStudentId(long studentId);

    List<EvalAvatar> findByStudentIdIn(Collection<Long> studentIds);
}
