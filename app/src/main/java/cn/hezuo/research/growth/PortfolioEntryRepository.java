package cn.hezuo.research.growth;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PortfolioEntryRepository extends JpaRepository<PortfolioEntry, Long> {

    List<PortfolioEntry> findByTeacherIdAndTermIdOrderByDateAscIdAsc(Long teacherId, Long termId);

    Optional<PortfolioEntry> findByIdAndSchoolId(Long id, Long schoolId);
}
