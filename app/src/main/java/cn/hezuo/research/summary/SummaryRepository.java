package cn.hezuo.research.summary;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SummaryRepository extends JpaRepository<Summary, Long> {

    Optional<Summary> findByGroupIdAndTermId(Long groupId, Long termId);
}
