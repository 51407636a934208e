package cn.hezuo.survey.questionnaire;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyQuestionRepository extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findBySurveyIdOrderBySortOrderAscIdAsc(Long surveyId);
}
