package cn.hezuo.mutualhelp.board;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardSettingRepository extends JpaRepository<BoardSetting, Long> {

    Optional<BoardSetting> findByClassId(Long classId);
}
