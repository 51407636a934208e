package cn.hezuo.family;

import cn.hezuo.testsupport.OnH2;

/** The repository contract of revoked family codes and edited notices on H2. */
@OnH2
class FamilyRevokeAndEditH2RepositoryTest extends FamilyRevokeAndEditRepositoryContract {

    @Override
    String expectedDatabaseProduct() {
        return "H2";
    }
}
