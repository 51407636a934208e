package cn.hezuo.survey.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchProjectRepository extends JpaRepository<ResearchProject, Long> {

    Optional<ResearchProject> findByIdAndSchoolId(Long id, Long schoolId);

    List<ResearchProject> findBySchoolIdOrderByStartsOnDescIdDesc(Long schoolId);
}
