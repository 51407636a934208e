package cn.hezuo.survey.repository;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.OnMariaDb;
import org.junit.jupiter.api.BeforeAll;

/** The survey contract on the machine's MariaDB (profile mysql), in a throwaway database. */
@OnMariaDb
class SurveyMariaDbRepositoryTest extends AbstractSurveyRepositoryContract {
}
