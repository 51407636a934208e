package cn.hezuo.survey.repository;

import cn.hezuo.testsupport.OnH2;

/** The survey contract on the embedded H2. */
@OnH2
class SurveyH2RepositoryTest extends AbstractSurveyRepositoryContract {
}
