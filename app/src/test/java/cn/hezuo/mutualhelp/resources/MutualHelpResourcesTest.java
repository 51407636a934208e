package cn.hezuo.mutualhelp.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The rules of 学习资料共享 and the 错题本, one test each, on the demo school's 八年级1班. */
@HezuoTest
class MutualHelpResourcesTest {

    @Autowired ResourceService service;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser head;
    private List<MemberRoles> group1;
    private List<MemberRoles> group2;

    @BeforeEach
    void theClass() {
        head = (HezuoUser) users.loadUserByUsername("head0801");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst()
                .orElseThrow();
        WeekRoles roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
        group1 = roles.byGroup().get(1);
        group2 = roles.byGroup().get(2);
    }

    @Test
    void aGroupOnlyResourceIsSeenByTheGroupAndTheTeacherAndAnotherGroupGets403() throws Exception {
        String title = "本组笔记" + UUID.randomUUID();
        long id = service.shareAsStudent(as(group1.get(0)), share(title, SharedResource.Visibility.GROUP, "a.png", png()));
        assertThat(titles(group1.get(1))).contains(title);
        assertThat(titles(group2.get(0))).doesNotContain(title);
        assertThat(service.classPage(head, service.myPage(as(group1.get(0))).student().getClassId()).rows())
                .anyMatch(r -> r.id() == id);
        assertThatThrownBy(() -> service.file(as(group2.get(0)), id)).isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/resources/" + id + "/image").with(user(as(group2.get(0))))).andExpect(status().isForbidden());
        mvc.perform(get("/resources/" + id + "/image").with(user(as(group1.get(1))))).andExpect(status().isOk());
        // Another class's student too.
        assertThatThrownBy(() -> service.file((HezuoUser) users.loadUserByUsername("080201"), id))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClassWideResourceIsSeenByEveryGroupOfTheClass() {
        String title = "全班错题集" + UUID.randomUUID();
        service.shareAsStudent(as(group1.get(0)), new ResourceService.Share(title, SharedResource.Kind.MISTAKES,
                SharedResource.Visibility.CLASS, "错题 1：符号", null, null));
        assertThat(titles(group2.get(0))).contains(title);
    }

    @Test
    void imagesAreShownWithTheirTypeAndEveryOtherFileIsADownloadNeverInline() throws Exception {
        long image = service.shareAsStudent(as(group1.get(0)), share("图" + UUID.randomUUID(),
                SharedResource.Visibility.GROUP, "photo.png", png()));
        mvc.perform(get("/resources/" + image + "/image").with(user(as(group1.get(0)))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        long text = service.shareAsStudent(as(group1.get(0)), share("文本" + UUID.randomUUID(),
                SharedResource.Visibility.GROUP, "笔记.txt", "第一行\n第二行".getBytes(StandardCharsets.UTF_8)));
        mvc.perform(get("/resources/" + text + "/image").with(user(as(group1.get(0))))).andExpect(status().isNotFound());
        mvc.perform(get("/resources/" + text + "/file").with(user(as(group1.get(0)))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void filesAreCheckedByContentAndSize() {
        String html = "<html><script>alert(1)</script></html>";
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), share("网页", SharedResource.Visibility.GROUP,
                "note.txt", html.getBytes(StandardCharsets.UTF_8))))).isEqualTo("mutualhelp.resources.error.fileType");
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), share("伪装", SharedResource.Visibility.GROUP,
                "photo.png", html.getBytes(StandardCharsets.UTF_8))))).isEqualTo("mutualhelp.resources.error.fileType");
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), share("压缩包", SharedResource.Visibility.GROUP,
                "a.zip", new byte[] {'P', 'K', 3, 4, 0})))).isEqualTo("mutualhelp.resources.error.fileType");
        byte[] big = new byte[ResourceFiles.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), share("大图", SharedResource.Visibility.GROUP,
                "big.jpg", big)))).isEqualTo("mutualhelp.resources.error.fileSize");
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), new ResourceService.Share(" ",
                SharedResource.Kind.NOTE, SharedResource.Visibility.GROUP, "x", null, null))))
                .isEqualTo("mutualhelp.resources.error.titleEmpty");
        assertThat(refusal(() -> service.shareAsStudent(as(group1.get(0)), new ResourceService.Share("空",
                SharedResource.Kind.NOTE, SharedResource.Visibility.GROUP, " ", null, null))))
                .isEqualTo("mutualhelp.resources.error.empty");
    }

    @Test
    void aTeacherRemovesAnythingAStudentOnlyTheirOwn() {
        long id = service.shareAsStudent(as(group1.get(0)), new ResourceService.Share("要删的" + UUID.randomUUID(),
                SharedResource.Kind.NOTE, SharedResource.Visibility.CLASS, "内容", null, null));
        assertThatThrownBy(() -> service.remove(as(group2.get(0)), id)).isInstanceOf(AccessDeniedException.class);
        service.remove(head, id);
        assertThat(service.myPage(as(group1.get(0))).rows()).noneMatch(r -> r.id() == id);
        long mine = service.shareAsStudent(as(group1.get(0)), new ResourceService.Share("自己删" + UUID.randomUUID(),
                SharedResource.Kind.NOTE, SharedResource.Visibility.GROUP, "内容", null, null));
        service.remove(as(group1.get(0)), mine);
        assertThat(service.myPage(as(group1.get(0))).rows()).noneMatch(r -> r.id() == mine);
    }

    @Test
    void theMistakeBookListsOnlyTheStudentsOwnLostItems() throws Exception {
        ResourceService.MyPage page = service.myPage(as(group1.get(0)));
        assertThat(page.mistakes()).allSatisfy(m -> assertThat(m.points()).isLessThan(m.maxPoints()));
        // The demo's 数学 mid-term has items: the group's students lost points somewhere.
        assertThat(group1.stream().mapToInt(m -> service.myPage(as(m)).mistakes().size()).sum()).isPositive();
        assertThat(group1.stream().flatMap(m -> service.myPage(as(m)).mistakes().stream()))
                .allSatisfy(m -> assertThat(m.subject()).isEqualTo("数学"));
        // The student page shows neither ranks nor anyone else's scores.
        String html = mvc.perform(get("/me/resources").with(user(as(group1.get(0))))).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("错题本").doesNotContain("排名", "名次", "待提高");
        assertThatThrownBy(() -> service.myPage(head)).isInstanceOf(AccessDeniedException.class);
    }

    private List<String> titles(MemberRoles who) {
        return service.myPage(as(who)).rows().stream().map(ResourceService.Row::title).toList();
    }

    private static ResourceService.Share share(String title, SharedResource.Visibility visibility, String name,
                                               byte[] file) {
        return new ResourceService.Share(title, SharedResource.Kind.FILE, visibility, null, name, file);
    }

    private HezuoUser as(MemberRoles member) {
        return (HezuoUser) users.loadUserByUsername(people.student(member.studentId()).orElseThrow().getStudentNo());
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("not refused");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
