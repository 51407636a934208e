package cn.hezuo.teacher;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeacherRepository extends JpaRepository<Teacher, Long> {
    Optional<Teacher> findByAccountId(Long accountId);

    List<Teacher> findBySchoolIdOrderByIdAsc(Long schoolId);

    Optional<Teacher> findByIdAndSchoolId(Long id, Long schoolId);
}
