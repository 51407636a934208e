package cn.hezuo.peereval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClassRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anonymity of peer evaluation: every page and fragment a student can fetch is searched for another rater's
 * distinctive comment and for anything tying a value to a rater. Students see averages only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PeerAnonymityTest {

    /** Every GET a student may open, as a full page and as an htmx request. */
    private static final List<String> STUDENT_PAGES = List.of("/", "/me", "/me/peer-evaluation", "/me/exams");

    @Autowired MockMvc mvc;
    @Autowired PeerRoundService rounds;
    @Autowired PeerEntryService entries;
    @Autowired PeerRoundRepository roundRepository;
    @Autowired RoundMembers roundMembers;
    @Autowired StudentRepository students;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private PeerRound round;
    private RoundMembers.Member ratee;
    private RoundMembers.Member rater;
    private RoundMembers.Member otherRater;
    private String secret;
    private String otherSecret;

    @BeforeEach
    void twoPeersRateOneStudent() {
        head = (HezuoUser) users.loadUserByUsername("head0802");
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow().getId();
        roundRepository.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream().filter(PeerRound::isOpen)
                .forEach(r -> rounds.close(head, r.getId(), r.getVersion()));
        round = rounds.open(head, classId, new RoundForm("匿名测试", LocalDate.now(), LocalDate.now().plusDays(3)));
        List<RoundMembers.Member> group = roundMembers.of(round).byGroup().get(1);
        ratee = group.get(0);
        rater = group.get(1);
        otherRater = group.get(2);
        secret = "甲说-" + UUID.randomUUID();
        otherSecret = "乙说-" + UUID.randomUUID();
        entries.rate(as(rater), round.getId(), Map.of(ratee.studentId(), new Scores(1, 2, 3, 4)),
                Map.of(ratee.studentId(), secret));
        entries.rate(as(otherRater), round.getId(), Map.of(ratee.studentId(), new Scores(5, 5, 5, 5)),
                Map.of(ratee.studentId(), otherSecret));
    }

    @Test
    void noStudentPageShowsAnotherRatersCommentWhileCommentsAreOff() throws Exception {
        for (RoundMembers.Member student : List.of(ratee, otherRater)) {
            for (String page : pagesOf(student)) {
                assertThat(page).doesNotContain(secret);
            }
        }
        for (String page : pagesOf(rater)) {
            assertThat(page).doesNotContain(otherSecret);
        }
    }

    @Test
    void theRateeSeesAveragesButNotWhoGaveThem() throws Exception {
        String page = fetch(ratee, "/me/peer-evaluation", false);
        // The newest round's block (earlier tests of this class leave older rounds behind).
        String received = page.substring(page.indexOf("received-round"));
        int next = received.indexOf("received-round", 20);
        received = next < 0 ? received : received.substring(0, next);
        assertThat(received).contains("3.0", "3.5", "4.0", "4.5");
        // The raters' own values and names are nowhere in the received section.
        assertThat(received).doesNotContain(rater.name(), otherRater.name(), ">1.0<", ">5.0<");
    }

    @Test
    void allowedCommentsAppearWithoutNames() throws Exception {
        PeerRound current = roundRepository.findById(round.getId()).orElseThrow();
        rounds.showComments(head, round.getId(), true, current.getVersion());
        String page = fetch(ratee, "/me/peer-evaluation", false);
        String comments = page.substring(page.indexOf("received-comments"));
        assertThat(comments).contains(secret, otherSecret).doesNotContain(rater.name(), otherRater.name());
        // Sorted by text, not by who wrote them: 乙 (U+4E59) sorts before 甲 (U+7532).
        assertThat(comments.indexOf(otherSecret)).isLessThan(comments.indexOf(secret));
        // A rater still never sees what another rater gave.
        for (String other : pagesOf(rater)) {
            assertThat(other).doesNotContain(otherSecret);
        }
    }

    @Test
    void theTeacherSeesEveryRaterCommentAndFlagsAndCanExport() throws Exception {
        // Make a flag: everyone in group 1 rates the ratee 1, each other 5.
        List<RoundMembers.Member> group = roundMembers.of(round).byGroup().get(1);
        for (RoundMembers.Member r : group) {
            Map<Long, Scores> scores = new java.util.HashMap<>();
            group.forEach(e -> scores.put(e.studentId(), e.studentId() == ratee.studentId() && r.studentId() != ratee.studentId()
                    ? new Scores(1, 1, 1, 1) : new Scores(5, 5, 5, 5)));
            Map<Long, String> comments = new java.util.HashMap<>();
            comments.put(ratee.studentId(), r.studentId() == rater.studentId() ? secret : null);
            entries.rate(as(r), round.getId(), scores, comments);
        }
        var report = mvc.perform(get("/peer-evaluation/rounds/" + round.getId()).with(user(head))).andReturn().getResponse();
        report.setCharacterEncoding("UTF-8");
        assertThat(report.getStatus()).isEqualTo(200);
        assertThat(report.getContentAsString()).contains(secret, rater.name(), "data-type=\"FAR_BELOW_GROUP\"",
                "data-type=\"ALL_SELF_FIVE\"");
        var export = mvc.perform(get("/peer-evaluation/rounds/" + round.getId() + "/export").with(user(head)))
                .andReturn().getResponse();
        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).contains("spreadsheetml");
        assertThat(export.getContentAsByteArray().length).isGreaterThan(1000);
    }

    private List<String> pagesOf(RoundMembers.Member student) throws Exception {
        List<String> pages = new java.util.ArrayList<>();
        for (String path : STUDENT_PAGES) {
            pages.add(fetch(student, path, false));
            pages.add(fetch(student, path, true));
        }
        return pages;
    }

    private String fetch(RoundMembers.Member student, String path, boolean htmx) throws Exception {
        var request = get(path).with(user(as(student)));
        if (htmx) {
            request = request.header("HX-Request", "true");
        }
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private HezuoUser as(RoundMembers.Member member) {
        Student s = students.findById(member.studentId()).orElseThrow();
        return (HezuoUser) users.loadUserByUsername(s.getStudentNo());
    }
}
