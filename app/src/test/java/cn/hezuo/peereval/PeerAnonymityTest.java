package cn.hezuo.peereval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Anonymity of peer evaluation: every page and fragment a student can fetch is searched for another rater's
 * distinctive comment and for anything tying a value to a rater. Students see averages only.
 */
@HezuoTest
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
        RoundMembers.Member third = group().get(3);
        entries.rate(as(third), round.getId(), Map.of(ratee.studentId(), new Scores(3, 2, 3, 3)), Map.of());
        closeRound();
        String received = received(fetch(ratee, "/me/peer-evaluation", false));
        // (1+5+3)/3 = 3.0, (2+5+2)/3 = 3.0, (3+5+3)/3 = 3.67 → 3.5, (4+5+3)/3 = 4.0
        assertThat(received).contains("3.0", "3.5", "4.0");
        // The raters' own values and names are nowhere in the received section.
        assertThat(received).doesNotContain(rater.name(), otherRater.name(), third.name(), ">1.0<", ">5.0<");
    }

    @Test
    void allowedCommentsAppearWithoutNames() throws Exception {
        RoundMembers.Member third = group().get(3);
        entries.rate(as(third), round.getId(), Map.of(ratee.studentId(), new Scores(3, 3, 3, 3)), Map.of());
        showComments();
        closeRound();
        String block = received(fetch(ratee, "/me/peer-evaluation", false));
        String comments = block.substring(block.indexOf("received-comments"));
        assertThat(comments).contains(secret, otherSecret).doesNotContain(rater.name(), otherRater.name());
        // Sorted by text, not by who wrote them: 乙 (U+4E59) sorts before 甲 (U+7532).
        assertThat(comments.indexOf(otherSecret)).isLessThan(comments.indexOf(secret));
        // A rater still never sees what another rater gave.
        for (String other : pagesOf(rater)) {
            assertThat(other).doesNotContain(otherSecret);
        }
    }

    /**
     * The subtraction attack: a student looks at their pages, a classmate rates them (or edits a rating), another
     * group rates their group, and they look again. While the round is open nothing they can see may change, or the
     * difference would give away that classmate's scores.
     */
    @Test
    void whileTheRoundIsOpenNothingAStudentSeesChangesWhenAClassmateRatesOrEdits() throws Exception {
        showComments();
        List<String> before = normalisedPagesOf(ratee);
        for (String page : before) {
            assertThat(receivedOrEmpty(page)).doesNotContain("received-mean", "received-group-mean");
            assertThat(page).doesNotContain(secret, otherSecret);
        }

        RoundMembers.Member third = group().get(3);
        entries.rate(as(third), round.getId(), Map.of(ratee.studentId(), new Scores(2, 2, 2, 2)),
                Map.of(ratee.studentId(), "丙说-" + UUID.randomUUID()));
        assertThat(normalisedPagesOf(ratee)).isEqualTo(before);

        entries.rate(as(rater), round.getId(), Map.of(ratee.studentId(), new Scores(5, 4, 3, 2)),
                Map.of(ratee.studentId(), "甲改了-" + UUID.randomUUID()));
        assertThat(normalisedPagesOf(ratee)).isEqualTo(before);

        for (int other : otherGroups()) {
            entries.rateGroups(as(roundMembers.of(round).byGroup().get(other).get(0)), round.getId(),
                    Map.of(1, 2), Map.of(1, "组评-" + UUID.randomUUID()));
            assertThat(normalisedPagesOf(ratee)).isEqualTo(before);
        }
        // Nor does the student's own self-rating reveal anything about what others gave.
        entries.rate(as(ratee), round.getId(), Map.of(ratee.studentId(), new Scores(5, 5, 5, 5)), Map.of());
        assertThat(receivedOrEmpty(fetch(ratee, "/me/peer-evaluation", false))).doesNotContain("received-mean");
        // No other way in: the round's report and export are the teacher's.
        for (String path : List.of("/peer-evaluation/rounds/" + round.getId(),
                "/peer-evaluation/rounds/" + round.getId() + "/export")) {
            assertThat(mvc.perform(get(path).with(user(as(ratee)))).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(403);
        }
    }

    @Test
    void afterTheRoundClosesFewerThanThreeRatersShowNothingButANote() throws Exception {
        // Two peers rated (set-up); the student's own rating does not make a third.
        entries.rate(as(ratee), round.getId(), Map.of(ratee.studentId(), new Scores(5, 5, 5, 5)), Map.of());
        showComments();
        closeRound();
        for (boolean htmx : List.of(false, true)) {
            String received = received(fetch(ratee, "/me/peer-evaluation", htmx));
            assertThat(received).doesNotContain("received-mean", "received-group", secret, otherSecret)
                    .contains("少于 3 位");
        }
    }

    @Test
    void afterTheRoundClosesAveragesAreWholeOrHalfStarsWithoutTheCount() throws Exception {
        RoundMembers.Member third = group().get(3);
        entries.rate(as(third), round.getId(), Map.of(ratee.studentId(), new Scores(2, 2, 2, 2)), Map.of());
        // A self-rating counts for nothing in what others gave.
        entries.rate(as(ratee), round.getId(), Map.of(ratee.studentId(), new Scores(5, 5, 5, 5)), Map.of());
        List<Integer> others = otherGroups();
        assertThat(others).hasSizeGreaterThanOrEqualTo(3);
        int[] groupScores = {3, 4, 4};
        for (int i = 0; i < 3; i++) {
            entries.rateGroups(as(roundMembers.of(round).byGroup().get(others.get(i)).get(0)), round.getId(),
                    Map.of(1, groupScores[i]), Map.of());
        }
        closeRound();
        String received = received(fetch(ratee, "/me/peer-evaluation", false));
        // task (1+5+2)/3 = 2.67 → 2.5, cooperation 3.0, listening 3.33 → 3.5, helping 3.67 → 3.5
        List<String> means = values(received, "received-mean");
        assertThat(means).containsExactly("2.5", "3.0", "3.5", "3.5");
        // the groups' 3, 4, 4 → 3.67 → 3.5
        List<String> group = values(received, "received-group-mean");
        assertThat(group).containsExactly("3.5");
        for (String v : concat(means, group)) {
            assertThat(Double.parseDouble(v) * 2).as(v).isEqualTo(Math.rint(Double.parseDouble(v) * 2));
        }
        // No count of raters or groups anywhere: once the values are taken out, no digit is left.
        String text = received.replaceAll("<[^>]*>", " ");
        for (String v : concat(means, group)) {
            text = text.replace(v, "");
        }
        assertThat(text).doesNotContainPattern("[0-9]");
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

    private List<RoundMembers.Member> group() {
        return roundMembers.of(round).byGroup().get(1);
    }

    private List<Integer> otherGroups() {
        return roundMembers.of(round).byGroup().keySet().stream().filter(g -> g != 1).toList();
    }

    private void closeRound() {
        rounds.close(head, round.getId(), roundRepository.findById(round.getId()).orElseThrow().getVersion());
    }

    private void showComments() {
        rounds.showComments(head, round.getId(), true, roundRepository.findById(round.getId()).orElseThrow().getVersion());
    }

    /** This test's round's block of the "what others gave me" section ("" when the page has none). */
    private String receivedOrEmpty(String page) {
        int start = page.indexOf("data-round-id=\"" + round.getId() + "\"");
        if (start < 0) {
            return "";
        }
        String block = page.substring(page.indexOf('>', start) + 1);
        int next = block.indexOf("received-round");
        return next < 0 ? block : block.substring(0, block.lastIndexOf('<', next));
    }

    private String received(String page) {
        String block = receivedOrEmpty(page);
        assertThat(block).as("the round's block in the received section").isNotEmpty();
        return block;
    }

    /** The texts of the elements with this class, in page order. */
    private static List<String> values(String html, String cssClass) {
        List<String> values = new java.util.ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("class=\"[^\"]*\\b" + cssClass + "\\b[^\"]*\"[^>]*>([^<]*)<")
                .matcher(html);
        while (matcher.find()) {
            values.add(matcher.group(1).strip());
        }
        return values;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Every student page, as page and fragment, with the per-request CSRF token blanked out. */
    private List<String> normalisedPagesOf(RoundMembers.Member student) throws Exception {
        return pagesOf(student).stream()
                .map(p -> p.replaceAll("(name=\"_csrf\"[^>]*?(?:content|value)=\")[^\"]*\"", "$1\"")
                        .replaceAll("((?:content|value)=\")[^\"]*(\"[^>]*name=\"_csrf\")", "$1$2"))
                .toList();
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
