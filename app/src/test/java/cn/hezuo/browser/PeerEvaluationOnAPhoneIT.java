package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyPeerEvaluationPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.peereval.PeerRating;
import cn.hezuo.peereval.PeerRatingRepository;
import cn.hezuo.peereval.PeerRound;
import cn.hezuo.peereval.PeerRoundRepository;
import cn.hezuo.peereval.PeerRoundService;
import cn.hezuo.peereval.RoundForm;
import cn.hezuo.peereval.Scores;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClassRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A student of 八年级3班 (no other browser test uses it) rates themself and every group-mate on a 390×844 phone:
 * one classmate per screen, tapping big stars, writing a comment, going back and forth without losing anything,
 * and saving once at the end. The server must hold exactly what was tapped.
 */
@BrowserLane(BrowserLane.Lane.CLASSROOM)
class PeerEvaluationOnAPhoneIT extends BrowserTest {

    private static final String STUDENT = "080301";

    @Autowired private PeerRoundService rounds;
    @Autowired private PeerRoundRepository roundRepository;
    @Autowired private PeerRatingRepository ratings;
    @Autowired private SchoolClassRepository classes;
    @Autowired private StudentRepository students;
    @Autowired private UserDetailsService users;

    private PeerRound round;

    @Test
    void aStudentRatesEveryGroupMateOnAPhoneByTappingStarsAndSavesOnce() {
        round = openRound();
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        LoginPage.open(browser).loginAs(STUDENT, DemoSchool.PASSWORD);
        MyPeerEvaluationPage page = MyPeerEvaluationPage.open(browser);

        List<Long> mates = page.classmatesOnForm();
        assertThat(mates).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.fitsTheWindowWidth()).as("no sideways scrolling at 390px").isTrue();
        assertThat(page.starSize(mates.get(0), "task")).allMatch(px -> px >= 44);

        Map<Long, Scores> tapped = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (int i = 0; i < mates.size(); i++) {
            long mate = mates.get(i);
            assertThat(page.shownClassmate()).isEqualTo(mate);
            assertThat(page.progress()).isEqualTo("第 " + (i + 1) + "/" + mates.size() + " 位同学");
            assertThat(page.saveButtonShown()).isEqualTo(i == mates.size() - 1);
            // The whole card, down to the comment box, is on screen without scrolling.
            assertThat(page.commentBox(mate).isDisplayed()).isTrue();
            assertThat(page.inViewport(page.commentBox(mate))).as("comment box of card %d on screen", i + 1).isTrue();
            if (i == 0) {
                // A missing star is named before moving on.
                page.tapStar(mate, "task", 3);
                assertThat(page.nextRefused()).contains("合作交流");
                assertThat(page.shownClassmate()).isEqualTo(mate);
            }
            Scores scores = new Scores(1 + i % 5, 1 + (i + 1) % 5, 1 + (i + 2) % 5, 1 + (i + 3) % 5);
            for (int c = 0; c < Scores.CRITERIA.size(); c++) {
                page.tapStar(mate, Scores.CRITERIA.get(c), scores.values().get(c));
            }
            String comment = "评语" + i + "-" + uniqueSuffix();
            page.writeComment(mate, comment);
            assertThat(page.fitsTheWindowWidth()).isTrue();
            tapped.put(mate, scores);
            comments.put(mate, comment);
            if (i < mates.size() - 1) {
                page.next();
            }
        }
        // One classmate back and forward again: nothing tapped or typed is lost.
        page.previous();
        long previous = mates.get(mates.size() - 2);
        assertThat(page.shownClassmate()).isEqualTo(previous);
        assertThat(page.chosenStars(previous, "helping")).isEqualTo(tapped.get(previous).helping());
        assertThat(page.commentBox(previous).getAttribute("value")).isEqualTo(comments.get(previous));
        page.next();

        page = page.saveRatings();

        long me = students.findBySchoolIdAndStudentNo(demoSchoolId(), STUDENT).orElseThrow().getId();
        List<PeerRating> saved = ratings.findByRoundIdAndRaterIdOrderByRateeIdAsc(round.getId(), me);
        assertThat(saved).hasSize(mates.size());
        for (PeerRating r : saved) {
            assertThat(r.scores()).as("ratee %d", r.getRateeId()).isEqualTo(tapped.get(r.getRateeId()));
            assertThat(r.getComment()).isEqualTo(comments.get(r.getRateeId()));
        }
        // The saved answers come back on the form.
        assertThat(page.chosenStars(mates.get(0), "task")).isEqualTo(tapped.get(mates.get(0)).task());
    }

    @AfterEach
    void closeRoundAndRestoreTheWindow() {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        if (round != null) {
            PeerRound current = roundRepository.findById(round.getId()).orElseThrow();
            if (current.isOpen()) {
                rounds.close(head(), current.getId(), current.getVersion());
            }
        }
    }

    private PeerRound openRound() {
        long classId = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow().getId();
        roundRepository.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream().filter(PeerRound::isOpen)
                .forEach(r -> rounds.close(head(), r.getId(), r.getVersion()));
        return rounds.open(head(), classId, new RoundForm("手机互评-" + uniqueSuffix(), LocalDate.now(),
                LocalDate.now().plusDays(3)));
    }

    private HezuoUser head() {
        return (HezuoUser) users.loadUserByUsername("head0803");
    }
}
