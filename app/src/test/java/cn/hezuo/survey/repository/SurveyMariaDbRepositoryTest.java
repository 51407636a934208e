package cn.hezuo.survey.repository;

import cn.hezuo.testsupport.ThrowawayDatabase;
import cn.hezuo.testsupport.ThrowawayDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The survey contract on the machine's MariaDB (profile mysql), in a throwaway database. */
@ActiveProfiles("mysql")
@Import(ThrowawayDatabases.MariaDb.class)
class SurveyMariaDbRepositoryTest extends AbstractSurveyRepositoryContract {
}
