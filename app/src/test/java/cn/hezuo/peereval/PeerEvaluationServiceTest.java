package cn.hezuo.peereval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Rounds, ratings, averages and flags on the demo school's 八年级1班 (H2). Each test opens its own round. */
@HezuoTest
class PeerEvaluationServiceTest {

    @Autowired PeerRoundService rounds;
    @Autowired PeerEntryService entries;
    @Autowired PeerRoundRepository roundRepository;
    @Autowired RoundMembers roundMembers;
    @Autowired StudentRepository students;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private long classId;
    private PeerRound round;
    private List<RoundMembers.Member> group1;
    private List<RoundMembers.Member> group2;

    @BeforeEach
    void openRound() {
        head = (HezuoUser) users.loadUserByUsername("head0801");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst()
                .orElseThrow();
        classId = schoolClass.getId();
        roundRepository.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream().filter(PeerRound::isOpen)
                .forEach(r -> rounds.close(head, r.getId(), r.getVersion()));
        round = rounds.open(head, classId, new RoundForm("测试轮次", LocalDate.now(), LocalDate.now().plusDays(7)));
        RoundMembers.Groups groups = roundMembers.of(round);
        group1 = groups.byGroup().get(1);
        group2 = groups.byGroup().get(2);
    }

    private HezuoUser as(RoundMembers.Member member) {
        Student s = students.findById(member.studentId()).orElseThrow();
        return (HezuoUser) users.loadUserByUsername(s.getStudentNo());
    }

    private void rate(RoundMembers.Member rater, RoundMembers.Member ratee, Scores scores, String comment) {
        Map<Long, String> comments = new HashMap<>();
        comments.put(ratee.studentId(), comment);
        entries.rate(as(rater), round.getId(), Map.of(ratee.studentId(), scores), comments);
    }

    @Test
    void aStudentSeesTheAveragesOthersGaveWithoutTheirOwnSelfRatingOnceTheRoundCloses() {
        RoundMembers.Member me = group1.get(0);
        rate(me, me, new Scores(5, 5, 5, 5), null);
        rate(group1.get(1), me, new Scores(4, 3, 2, 1), null);
        rate(group1.get(2), me, new Scores(2, 3, 4, 5), null);
        rate(group1.get(3), me, new Scores(3, 3, 3, 4), null);

        MyPeerEvaluation view = entries.view(as(me));
        assertThat(view.results().get(0).visibility()).isEqualTo(MyPeerEvaluation.Visibility.OPEN);
        assertThat(view.results().get(0).means()).isEmpty();
        assertThat(view.open().mates()).extracting(MyPeerEvaluation.Mate::studentId)
                .containsExactlyInAnyOrderElementsOf(group1.stream().map(RoundMembers.Member::studentId).toList());

        rounds.close(head, round.getId(), roundRepository.findById(round.getId()).orElseThrow().getVersion());
        MyPeerEvaluation.ReceivedRound received = entries.view(as(me)).results().get(0);
        assertThat(received.round().getId()).isEqualTo(round.getId());
        assertThat(received.shown()).isTrue();
        // 3.0, 3.0, 3.0, 3.33 → 3.5 (to the nearest half star)
        assertThat(received.means()).containsExactly("3.0", "3.0", "3.0", "3.5");
    }

    @Test
    void twoRatersAndASelfRatingAreNotEnoughToShowAnAverage() {
        RoundMembers.Member me = group1.get(0);
        rate(me, me, new Scores(5, 5, 5, 5), null);
        rate(group1.get(1), me, new Scores(1, 1, 1, 1), null);
        rate(group1.get(2), me, new Scores(2, 2, 2, 2), null);
        rounds.close(head, round.getId(), roundRepository.findById(round.getId()).orElseThrow().getVersion());
        MyPeerEvaluation.ReceivedRound received = entries.view(as(me)).results().get(0);
        assertThat(received.visibility()).isEqualTo(MyPeerEvaluation.Visibility.TOO_FEW_RATERS);
        assertThat(received.means()).isEmpty();
        assertThat(received.groupMean()).isNull();
    }

    @Test
    void aStudentCanRateOnlyTheirOwnGroupMates() {
        assertThatThrownBy(() -> rate(group1.get(0), group2.get(0), new Scores(3, 3, 3, 3), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aClosedRoundRefusesEdits() {
        rate(group1.get(0), group1.get(1), new Scores(3, 3, 3, 3), null);
        rounds.close(head, round.getId(), roundRepository.findById(round.getId()).orElseThrow().getVersion());
        assertThatThrownBy(() -> rate(group1.get(0), group1.get(1), new Scores(4, 4, 4, 4), null))
                .isInstanceOf(RuleViolationException.class).hasMessage("peereval.error.closed");
        assertThatThrownBy(() -> entries.rateGroups(as(group1.get(0)), round.getId(), Map.of(2, 4), Map.of()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStudentCanChangeTheirAnswerWhileTheRoundIsOpen() {
        rate(group1.get(0), group1.get(1), new Scores(3, 3, 3, 3), null);
        rate(group1.get(0), group1.get(1), new Scores(5, 4, 5, 4), "改过了");
        MyPeerEvaluation.Mate mate = entries.view(as(group1.get(0))).open().mates().stream()
                .filter(m -> m.studentId() == group1.get(1).studentId()).findFirst().orElseThrow();
        assertThat(mate.given()).isEqualTo(new Scores(5, 4, 5, 4));
        assertThat(mate.comment()).isEqualTo("改过了");
    }

    @Test
    void theLastGroupSubmissionWinsAndRecordsWho() {
        entries.rateGroups(as(group1.get(0)), round.getId(), Map.of(1, 5, 2, 3), Map.of());
        entries.rateGroups(as(group1.get(1)), round.getId(), Map.of(2, 4), Map.of());
        RoundReport report = rounds.report(head, round.getId());
        assertThat(report.groupCell(1, 2).getScore()).isEqualTo(4);
        assertThat(report.groupCell(1, 2).getSubmittedBy()).isEqualTo(group1.get(1).studentId());
        assertThat(report.groupCell(1, 1).getScore()).isEqualTo(5);
    }

    @Test
    void theTeacherSeesFlagsForAMemberRatedFarBelowAndForAllSelfFives() {
        for (RoundMembers.Member rater : group1) {
            for (RoundMembers.Member ratee : group1) {
                int v = rater == ratee ? 5 : ratee == group1.get(0) ? 2 : 4;
                rate(rater, ratee, new Scores(v, v, v, v), null);
            }
        }
        RoundReport report = rounds.report(head, round.getId());
        assertThat(report.flags()).extracting(RoundReport.FlagLine::type)
                .contains(PeerStats.FlagType.FAR_BELOW_GROUP, PeerStats.FlagType.ALL_SELF_FIVE);
        assertThat(report.flags()).filteredOn(f -> f.type() == PeerStats.FlagType.FAR_BELOW_GROUP)
                .extracting(RoundReport.FlagLine::name).containsExactly(group1.get(0).name());
    }

    @Test
    void onlyOneRoundOfAClassIsOpenAtATime() {
        assertThatThrownBy(() -> rounds.open(head, classId, new RoundForm("第二个", LocalDate.now(), LocalDate.now())))
                .isInstanceOf(RuleViolationException.class).hasMessage("peereval.error.alreadyOpen");
    }

    @Test
    void aTeacherOfAnotherClassCannotSeeTheRound() {
        HezuoUser other = (HezuoUser) users.loadUserByUsername("head0702");
        assertThatThrownBy(() -> rounds.report(other, round.getId())).isInstanceOf(AccessDeniedException.class);
    }
}
