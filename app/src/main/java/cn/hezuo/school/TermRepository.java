package cn.hezuo.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRepository extends JpaRepository<Term, Long> {
    List<Term> findBySchoolIdOrderByStartDateDesc(Long schoolId);

    Optional<Term> findByIdAndSchoolId(Long id, Long schoolId);
}
