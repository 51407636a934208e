package cn.hezuo.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HonourBoardSettingRepository extends JpaRepository<HonourBoardSetting, Long> {
    Optional<HonourBoardSetting> findByClassId(Long classId);
}
