package cn.hezuo.survey.repository;

import org.springframework.test.context.ActiveProfiles;

/** The survey contract on the embedded H2. */
@ActiveProfiles("test")
class SurveyH2RepositoryTest extends AbstractSurveyRepositoryContract {
}
