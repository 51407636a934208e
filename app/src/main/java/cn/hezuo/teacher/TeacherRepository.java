package cn.hezuo.teacher;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeacherRepository extends JpaRepository<Teacher, Long> {
    Optional<Teacher> findByAccountId(Long accountId);

    List<Teacher> findBySchoolIdOrderByIdAsc(Long schoolId);

    List<Teacher> findByAccountIdIn(Collection<Long> accountIds);

    Optional<Teacher> findByIdAndSchoolId(Long id, Long schoolId);
}
