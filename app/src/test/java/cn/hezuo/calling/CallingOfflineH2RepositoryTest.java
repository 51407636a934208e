package cn.hezuo.calling;

import cn.hezuo.testsupport.OnH2;

/** The repository contract of offline random calls on H2. */
@OnH2
class CallingOfflineH2RepositoryTest extends CallingOfflineRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
