package cn.hezuo.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.testsupport.HezuoTest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The head teacher looks after the class's families: revokes an unused invitation code, unlinks a parent (disabling an
 * account left with no child), and edits or deletes a notice without overwriting a change made meanwhile.
 */
@HezuoTest
class FamilyManagementFlowTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final String PASSWORD = "Hezuo#2026family";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired StudentDirectory students;
    @Autowired ClassDirectory classes;
    @Autowired FamilyCodes codes;
    @Autowired FamilyParentRepository parents;
    @Autowired FamilyChildRepository children;
    @Autowired FamilyNoticeRepository notices;
    @Autowired FamilyCodeRepository codeRepository;

    @Test
    void aRevokedCodeLeavesTheOpenListAndIsRefusedWithAChineseReason() throws Exception {
        Student child = student("七年级1班", "070115");
        FamilyCodes.IssuedCode code = codes.issue(account("head0701"), child.getClassId(), List.of(child.getId())).get(0);
        long codeId = codeRepository.findByCodeHash(FamilyCodes.hash(FamilyCodes.normalise(code.code())))
                .orElseThrow().getId();
        String base = "/classes/" + child.getClassId() + "/families";
        assertThat(html(get(base), "head0701")).contains("data-code-id=\"" + codeId + "\"");

        MvcResult revoked = perform(post(base + "/codes/" + codeId + "/revoke"), account("head0701"));
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(html(get(base), "head0701")).doesNotContain("data-code-id=\"" + codeId + "\"");
        assertThat(join(code.code(), "revoked" + System.nanoTime() % 1_000_000))
                .contains("这个邀请码已被班主任作废").doesNotContain("id=\"family-joined\"");
        assertThat(codeRepository.findById(codeId).orElseThrow().getUsedAt()).isNull();
    }

    @Test
    void aUsedCodeCannotBeRevokedAndTheTeacherIsToldToUnlinkInstead() throws Exception {
        Student child = student("七年级1班", "070116");
        FamilyCodes.IssuedCode code = codes.issue(account("head0701"), child.getClassId(), List.of(child.getId())).get(0);
        join(code.code(), "usedcode" + System.nanoTime() % 1_000_000);
        long codeId = codeRepository.findByCodeHash(FamilyCodes.hash(FamilyCodes.normalise(code.code())))
                .orElseThrow().getId();
        MvcResult refused = perform(post("/classes/" + child.getClassId() + "/families/codes/" + codeId + "/revoke")
                .locale(Locale.SIMPLIFIED_CHINESE), account("head0701"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString()).contains("不能作废", "解除");
        assertThat(codeRepository.findById(codeId).orElseThrow().getRevokedAt()).isNull();
    }

    @Test
    void anUnlinkedParentGets404OnThatChildAndIsDisabledOnlyWhenNoChildIsLeft() throws Exception {
        Student first = student("七年级1班", "070117");
        Student second = student("七年级1班", "070118");
        HezuoUser head = account("head0701");
        String username = "unlink" + System.nanoTime() % 1_000_000;
        join(codes.issue(head, first.getClassId(), List.of(first.getId())).get(0).code(), username);
        HezuoUser parent = account(username);
        FamilyParent family = parents.findByAccountId(parent.accountId()).orElseThrow();
        codes.addChild(parent, family, codes.issue(head, second.getClassId(), List.of(second.getId())).get(0).code(),
                nextAddress());
        String base = "/classes/" + first.getClassId() + "/families";
        assertThat(html(get(base), "head0701")).contains("data-link-id=\"" + link(family, first) + "\"");

        // another class's head teacher cannot reach this link through their own class
        long otherClass = classId("七年级2班");
        MvcResult foreign = perform(post("/classes/" + otherClass + "/families/links/" + link(family, first)
                + "/delete").locale(Locale.SIMPLIFIED_CHINESE), account("head0702"));
        assertThat(foreign.getResponse().getStatus()).isEqualTo(409);
        assertThat(children.existsByParentIdAndStudentId(family.getId(), first.getId())).isTrue();

        MvcResult unlinked = perform(post(base + "/links/" + link(family, first) + "/delete"), head);
        assertThat(unlinked.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(status(get("/family/children/" + first.getId()), account(username))).isEqualTo(404);
        assertThat(status(get("/family/children/" + first.getId() + "/summary"), account(username))).isEqualTo(404);
        assertThat(html(get("/family/children/" + second.getId()), account(username))).contains(second.getName());
        assertThat(account(username).isEnabled()).as("still has a child").isTrue();

        perform(post(base + "/links/" + link(family, second) + "/delete"), head);
        assertThat(account(username).isEnabled()).as("no child left").isFalse();
        assertThat(html(get(base), "head0701")).doesNotContain(username);
    }

    @Test
    void aNoticeIsEditedAndDeletedOnlyFromItsLatestVersionAndAStaleFormIsRefusedInChinese() throws Exception {
        long classId = classId("七年级1班");
        String base = "/classes/" + classId + "/families";
        String title = "改前" + System.nanoTime() % 100_000;
        perform(post(base + "/notices").param("title", title).param("body", "周五交表"), account("head0701"));
        FamilyNotice notice = notices.findTop20ByClassIdOrderByPostedAtDescIdDesc(classId).stream()
                .filter(n -> n.getTitle().equals(title)).findFirst().orElseThrow();
        int opened = notice.getVersion();
        assertThat(html(get(base + "/notices/" + notice.getId() + "/edit"), "head0701"))
                .contains("id=\"notice-edit-form\"", title, "周五交表");

        String changed = "改后" + System.nanoTime() % 100_000;
        MvcResult saved = perform(post(base + "/notices/" + notice.getId()).param("version", String.valueOf(opened))
                .param("title", changed).param("body", "周一交表"), account("head0701"));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(html(get("/family"), "parent070101")).contains(changed, "周一交表", "修改）")
                .doesNotContain(title);

        // a second window still holding the first version: nothing written, the teacher reads why and keeps the text
        MvcResult stale = perform(post(base + "/notices/" + notice.getId()).param("version", String.valueOf(opened))
                .param("title", "旧窗口").param("body", "旧内容").locale(Locale.SIMPLIFIED_CHINESE), account("head0701"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("刚刚被别人", "旧窗口");
        MvcResult staleDelete = perform(post(base + "/notices/" + notice.getId() + "/delete")
                .param("version", String.valueOf(opened)).locale(Locale.SIMPLIFIED_CHINESE), account("head0701"));
        assertThat(staleDelete.getResponse().getStatus()).isEqualTo(409);
        assertThat(staleDelete.getResponse().getContentAsString()).contains("刚刚被别人");
        MvcResult empty = perform(post(base + "/notices/" + notice.getId())
                .param("version", String.valueOf(opened + 1)).param("title", " ").param("body", "x")
                .locale(Locale.SIMPLIFIED_CHINESE), account("head0701"));
        assertThat(empty.getResponse().getContentAsString()).contains("请填写通知的标题");
        assertThat(notices.findById(notice.getId()).orElseThrow().getTitle()).isEqualTo(changed);

        int latest = notices.findById(notice.getId()).orElseThrow().getVersion();
        MvcResult deleted = perform(post(base + "/notices/" + notice.getId() + "/delete")
                .param("version", String.valueOf(latest)), account("head0701"));
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(base);
        assertThat(notices.findById(notice.getId())).isEmpty();
        MvcResult gone = perform(post(base + "/notices/" + notice.getId() + "/delete")
                .param("version", String.valueOf(latest)).locale(Locale.SIMPLIFIED_CHINESE), account("head0701"));
        assertThat(gone.getResponse().getContentAsString()).contains("这条通知已经被删除了");
    }

    private long link(FamilyParent parent, Student child) {
        return children.findByParentIdOrderByIdAsc(parent.getId()).stream()
                .filter(l -> l.getStudentId().equals(child.getId())).findFirst().orElseThrow().getId();
    }

    private String join(String code, String username) throws Exception {
        return mvc.perform(post("/family/join").param("code", code).param("username", username)
                        .param("displayName", "测试家长").param("password", PASSWORD).param("confirmPassword", PASSWORD)
                        .locale(Locale.SIMPLIFIED_CHINESE).with(csrf())
                        .with(r -> { r.setRemoteAddr(nextAddress()); return r; }))
                .andReturn().getResponse().getContentAsString();
    }

    private static String nextAddress() {
        return "10.14.0." + ADDRESS.getAndIncrement();
    }

    private HezuoUser account(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private long classId(String name) {
        return classes.ofSchool(account("admin").schoolId()).stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow().getId();
    }

    private Student student(String className, String no) {
        return students.activeOfClass(classId(className)).stream().filter(s -> s.getStudentNo().equals(no))
                .findFirst().orElseThrow();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, HezuoUser who) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(who))).andReturn();
    }

    private String html(MockHttpServletRequestBuilder request, String username) throws Exception {
        return html(request, account(username));
    }

    private String html(MockHttpServletRequestBuilder request, HezuoUser who) throws Exception {
        MvcResult result = perform(request.locale(Locale.SIMPLIFIED_CHINESE), who);
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getErrorMessage()).isLessThan(400);
        return result.getResponse().getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request, HezuoUser who) throws Exception {
        return perform(request, who).getResponse().getStatus();
    }
}
