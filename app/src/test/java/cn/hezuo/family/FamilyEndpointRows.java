package cn.hezuo.family;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.EVERYONE;
import static cn.hezuo.testsupport.authz.Who.PARENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.AccountService;
import cn.hezuo.account.Role;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * 家长: the parent of 070101 ({@code parent070101}) alone opens the family pages, and only for their own child; the
 * head teacher of 七年级1班 (and the admin) makes parent accounts, codes and notices; anyone may open the sign-up page
 * (the code is the proof). The sign-up and add-child posts send an empty code, which is refused with a message. The
 * head teacher's unlink, revoke, edit and delete rows act on rows made for them (a notice, a code, a link of a parent
 * of our own) so that every allowed call does the real thing.
 */
@Order(1700)
public class FamilyEndpointRows implements EndpointRows {

    private static final String AUTHZ_PARENT = "authzparent0701";

    @Autowired FamilyNoticeRepository notices;
    @Autowired FamilyCodeRepository codes;
    @Autowired FamilyParentRepository parents;
    @Autowired FamilyChildRepository children;
    @Autowired AccountService accounts;
    @Autowired AccountDirectory directory;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        long child = fixture.student("070101").getId();
        long classId = fixture.classId();
        long schoolId = fixture.schoolId();
        rows.add(new Endpoint("GET", "/family", () -> get("/family"), PARENTS));
        rows.add(new Endpoint("GET", "/family/children/{studentId}", () -> get("/family/children/" + child), PARENTS));
        rows.add(new Endpoint("GET", "/family/children/{studentId}/summary",
                () -> get("/family/children/" + child + "/summary"), PARENTS));
        rows.add(new Endpoint("POST", "/family/children", () -> post("/family/children").param("code", ""), PARENTS));
        rows.add(new Endpoint("GET", "/family/join", () -> get("/family/join"), EVERYONE));
        rows.add(new Endpoint("POST", "/family/join", () -> post("/family/join").param("code", "")
                .param("username", "nobody").param("password", "x").param("confirmPassword", "x"), EVERYONE));

        String base = "/classes/" + classId + "/families";
        long student = fixture.student("070110").getId();
        rows.add(new Endpoint("GET", "/classes/{classId}/families", () -> get(base), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/accounts",
                () -> post(base + "/accounts").param("studentIds", String.valueOf(student)), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/codes",
                () -> post(base + "/codes").param("studentIds", String.valueOf(student)), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/notices",
                () -> post(base + "/notices").param("title", "授权测试").param("body", "内容"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/notices/{noticeId}/delete", () -> {
            FamilyNotice n = notices.save(new FamilyNotice(schoolId, classId, "待删除" + fixture.next(), "内容",
                    "head0701", Instant.now()));
            return post(base + "/notices/" + n.getId() + "/delete").param("version", String.valueOf(n.getVersion()));
        }, CLASS_MANAGERS));
        FamilyNotice edited = notices.save(new FamilyNotice(schoolId, classId, "待修改" + fixture.next(), "内容",
                "head0701", Instant.now()));
        rows.add(new Endpoint("GET", "/classes/{classId}/families/notices/{noticeId}/edit",
                () -> get(base + "/notices/" + edited.getId() + "/edit"), CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/notices/{noticeId}", () -> {
            FamilyNotice n = notices.findById(edited.getId()).orElseThrow();
            return post(base + "/notices/" + n.getId()).param("version", String.valueOf(n.getVersion()))
                    .param("title", "已修改" + fixture.next()).param("body", "新内容");
        }, CLASS_MANAGERS));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/codes/{codeId}/revoke", () -> {
            long id = codes.save(new FamilyCode(schoolId, classId, student, FamilyCodes.hash("AUTHZ" + fixture.next()),
                    "head0701", Instant.now(), Instant.now().plus(FamilyCodes.VALID_FOR))).getId();
            return post(base + "/codes/" + id + "/revoke");
        }, CLASS_MANAGERS));
        // a parent of our own, linked afresh to 070110 before each call (unlinking their only child disables them)
        // (rows are added once per test method: the parent is made the first time and found afterwards)
        FamilyParent parent = directory.byUsername(AUTHZ_PARENT).flatMap(a -> parents.findByAccountId(a.getId()))
                .orElseGet(() -> parents.save(new FamilyParent(schoolId, accounts.create(schoolId, AUTHZ_PARENT,
                        Role.PARENT, "授权测试家长").accountId(), "授权测试家长", Instant.now())));
        rows.add(new Endpoint("POST", "/classes/{classId}/families/links/{linkId}/delete", () -> {
            long id = children.findByParentIdOrderByIdAsc(parent.getId()).stream().findFirst()
                    .orElseGet(() -> children.save(new FamilyChild(parent.getId(), student, Instant.now()))).getId();
            return post(base + "/links/" + id + "/delete");
        }, CLASS_MANAGERS));
    }
}
