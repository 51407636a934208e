package cn.hezuo.survey.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    List<ProjectMilestone> findByProjectIdOrderByDueOnAscIdAsc(Long projectId);

    Optional<ProjectMilestone> findByIdAndProjectId(Long id, Long projectId);
}
