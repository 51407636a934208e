package cn.hezuo.survey.questionnaire;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByIdAndSchoolId(Long id, Long schoolId);

    List<Survey> findBySchoolIdOrderByOpensOnDescIdDesc(Long schoolId);
}
