package cn.hezuo.survey.project;

import cn.hezuo.testsupport.OnH2;

/** The 课题 contract on the embedded H2. */
@OnH2
class ProjectH2RepositoryTest extends AbstractProjectRepositoryContract {
}
