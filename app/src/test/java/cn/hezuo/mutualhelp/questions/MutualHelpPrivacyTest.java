package cn.hezuo.mutualhelp.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What students see of the pipeline, in the spirit of {@code PeerAnonymityTest}: every page a student can open is
 * searched for classmates' questions and names they must not see, and for scores, tiers or ranks. On the demo school's
 * 七年级3班 with its rotating roles (so the question collector is each group's 组长).
 */
@HezuoTest
class MutualHelpPrivacyTest {

    /**
     * Words that would label or rank a student; none may reach a student's mutual-help page. (成绩 alone is allowed:
     * the nav links to the student's own results; 分数 is too, it is also "fraction" in the demo's math questions.)
     */
    private static final List<String> LABELS = List.of("待提高", "分层", "层次", "名次", "排名", "得分", "总分",
            "data-score", "data-tier", "data-rank");

    @Autowired MockMvc mvc;
    @Autowired QuestionSeeds seeds;
    @Autowired People people;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private long lessonId;
    private MemberRoles asker1;
    private MemberRoles mate1;
    private MemberRoles collector1;
    private MemberRoles asker2;
    private MemberRoles rep;
    private String secret1;
    private String secret2;
    private long question2;

    @BeforeEach
    void twoGroupsAskOneSecretEach() throws Exception {
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst()
                .orElseThrow();
        long schoolId = schoolClass.getSchoolId();
        long math = people.subjects(schoolId).stream().filter(s -> s.getName().equals("数学")).findFirst().orElseThrow()
                .getId();
        WeekRoles roles = people.rolesThisWeek(schoolId, schoolClass.getId()).orElseThrow();
        List<MemberRoles> group1 = roles.byGroup().get(1);
        List<MemberRoles> group2 = roles.byGroup().get(2);
        long collectorId = people.questionCollector(schoolId, schoolClass.getId(), group1.get(0).groupId(), math)
                .orElseThrow();
        collector1 = group1.stream().filter(m -> m.studentId() == collectorId).findFirst().orElseThrow();
        List<MemberRoles> others = new ArrayList<>(group1.stream().filter(m -> m.studentId() != collectorId).toList());
        asker1 = others.get(0);
        mate1 = others.get(1);
        long collector2 = people.questionCollector(schoolId, schoolClass.getId(), group2.get(0).groupId(), math)
                .orElseThrow();
        asker2 = group2.stream().filter(m -> m.studentId() != collector2).findFirst().orElseThrow();
        rep = roles.byGroup().get(3).get(1);
        seeds.rep(schoolId, schoolClass.getId(), math, rep.studentId());
        lessonId = seeds.lesson(schoolId, schoolClass.getId(), math, "隐私测试", Instant.now().plus(Duration.ofDays(1)));
        secret1 = "甲组疑问-" + UUID.randomUUID();
        secret2 = "乙组疑问-" + UUID.randomUUID();
        seeds.question(lessonId, asker1.studentId(), secret1, null, Instant.now());
        question2 = seeds.question(lessonId, asker2.studentId(), secret2, null, Instant.now(), jpeg());
    }

    @Test
    void aStudentsPageShowsTheirOwnQuestionsOnly() throws Exception {
        assertThat(page(asker1, "/me/mutual-help")).contains(secret1).doesNotContain(secret2);
        assertThat(page(mate1, "/me/mutual-help")).doesNotContain(secret1, secret2);
        assertThat(page(asker2, "/me/mutual-help")).contains(secret2).doesNotContain(secret1);
    }

    @Test
    void theCollectorSeesTheirOwnGroupWithNamesAndNothingOfAnotherGroup() throws Exception {
        String group = page(collector1, "/me/mutual-help/lessons/" + lessonId + "/group");
        assertThat(group).contains(secret1, asker1.name()).doesNotContain(secret2);
        assertThat(status(mate1, "/me/mutual-help/lessons/" + lessonId + "/group")).isEqualTo(403);
    }

    @Test
    void theRepresentativeSeesEveryGroupsWordingButNeverWhoAsked() throws Exception {
        String list = page(rep, "/me/mutual-help/lessons/" + lessonId + "/class");
        assertThat(list).contains(secret1, secret2).doesNotContain(asker1.name(), asker2.name());
        assertThat(status(asker1, "/me/mutual-help/lessons/" + lessonId + "/class")).isEqualTo(403);
    }

    @Test
    void noStudentPageCarriesAScoreATierOrARank() throws Exception {
        for (MemberRoles student : List.of(asker1, mate1, collector1, rep)) {
            for (String path : List.of("/me", "/me/mutual-help")) {
                assertThat(page(student, path)).doesNotContain(LABELS);
            }
        }
        assertThat(page(collector1, "/me/mutual-help/lessons/" + lessonId + "/group")).doesNotContain(LABELS);
        assertThat(page(rep, "/me/mutual-help/lessons/" + lessonId + "/class")).doesNotContain(LABELS);
    }

    @Test
    void aPhotoIsServedReencodedWithNosniffToTheAskerAndRefusedToAnotherGroup() throws Exception {
        String photo = "/mutual-help/questions/" + question2 + "/photo";
        MockHttpServletResponse own = fetch(asker2, photo);
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentType()).isEqualTo("image/jpeg");
        assertThat(own.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(PhotoStore.imageType(own.getContentAsByteArray())).contains("image/jpeg");
        assertThat(fetch(asker1, photo).getStatus()).isEqualTo(403);
        assertThat(fetch(collector1, photo).getStatus()).isEqualTo(403);
        assertThat(fetch(rep, photo).getStatus()).isEqualTo(200);
    }

    private String page(MemberRoles student, String path) throws Exception {
        MockHttpServletResponse response = fetch(student, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private int status(MemberRoles student, String path) throws Exception {
        return fetch(student, path).getStatus();
    }

    private MockHttpServletResponse fetch(MemberRoles student, String path) throws Exception {
        return mvc.perform(get(path).with(user(as(student)))).andReturn().getResponse();
    }

    private HezuoUser as(MemberRoles member) {
        return (HezuoUser) users.loadUserByUsername(people.student(member.studentId()).orElseThrow().getStudentNo());
    }

    static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }
}
