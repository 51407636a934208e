package cn.hezuo.survey.project;

import cn.hezuo.testsupport.OnMariaDb;

/** The 课题 contract on the machine's MariaDB (profile mysql), in a throwaway database. */
@OnMariaDb
class ProjectMariaDbRepositoryTest extends AbstractProjectRepositoryContract {
}
