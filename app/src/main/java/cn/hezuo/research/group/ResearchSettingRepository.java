package cn.hezuo.research.group;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchSettingRepository extends JpaRepository<ResearchSetting, Long> {
}
