package cn.hezuo.roster;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StudentScoreRepository extends JpaRepository<StudentScore, Long> {
    List<StudentScore> findByStudentIdIn(Collection<Long> studentIds);

    List<StudentScore> findByStudentId(Long studentId);
}
