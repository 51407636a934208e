package cn.hezuo.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvalSettingsRepository extends JpaRepository<EvalSettings, Long> {
    Optional<EvalSettings> findByClassId(Long classId);
}
