package cn.hezuo.school;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TermPeriodRepository extends JpaRepository<TermPeriod, Long> {

    List<TermPeriod> findBySchoolIdOrderByStartDate(Long schoolId);

    List<TermPeriod> findByTermIdOrderByStartDate(Long termId);

    Optional<TermPeriod> findByIdAndSchoolId(Long id, Long schoolId);
}
