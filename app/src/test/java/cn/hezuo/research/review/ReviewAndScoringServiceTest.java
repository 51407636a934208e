package cn.hezuo.research.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.rubric.Rubric;
import cn.hezuo.research.rubric.RubricItem;
import cn.hezuo.research.rubric.RubricScores;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.research.rubric.ScoringService;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Review rounds drawn by the engine, scoring with a rubric, and what the scores add up to. */
@HezuoTest
class ReviewAndScoringServiceTest {

    @Autowired ReviewService reviews;
    @Autowired ReviewTargets targets;
    @Autowired RubricService rubrics;
    @Autowired ScoringService scoring;
    @Autowired RubricScores scores;
    @Autowired ResearchAccess access;
    @Autowired ResearchTerms terms;
    @Autowired UserDetailsService users;

    private HezuoUser user(String name) {
        return (HezuoUser) users.loadUserByUsername(name);
    }

    private long demoRubric() {
        return rubrics.all(user("admin").schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow().getId();
    }

    private ReviewRound start(String name, boolean avoid, int k, Long seed, long rubricId) {
        return reviews.start(user("admin"), new ReviewService.StartForm(name, null, avoid, k, seed, rubricId,
                terms.today().plusDays(7)));
    }

    @Test
    void aRoundGivesEveryGroupKReviewsNeverItsOwnAndTheStoredSeedDrawsTheSamePairsAgain() {
        ReviewRound first = start("测试互评甲", false, 2, 4242L, demoRubric());
        ReviewRound again = start("测试互评乙", false, 2, first.getSeed(), demoRubric());
        List<ReviewAssignment> pairs = reviews.assignments(first.getId());
        Map<Long, Integer> given = new HashMap<>();
        Map<Long, Integer> received = new HashMap<>();
        for (ReviewAssignment a : pairs) {
            assertThat(a.getReviewerGroupId()).isNotEqualTo(a.getRevieweeGroupId());
            given.merge(a.getReviewerGroupId(), 1, Integer::sum);
            received.merge(a.getRevieweeGroupId(), 1, Integer::sum);
        }
        assertThat(given.values()).containsOnly(2);
        assertThat(received.values()).containsOnly(2);
        assertThat(given.keySet()).isEqualTo(access.activeGroupsOfSchool(user("admin").schoolId()).stream()
                .map(ResearchGroup::getId).collect(Collectors.toSet()));
        assertThat(first.getSeed()).isEqualTo(4242L);
        assertThat(asPairs(reviews.assignments(again.getId()))).isEqualTo(asPairs(pairs));
    }

    @Test
    void keepingSubjectsApartNeverPairsTwoGroupsOfOneSubject() {
        ReviewRound round;
        try {
            round = start("测试互评丙", true, 1, 9L, demoRubric());
        } catch (RuleViolationException e) {
            assertThat(e.getMessageKey()).isEqualTo("research.review.error.infeasibleSubject");
            return;
        }
        Map<Long, Long> subject = access.activeGroupsOfSchool(user("admin").schoolId()).stream()
                .collect(Collectors.toMap(ResearchGroup::getId, ResearchGroup::getSubjectId));
        for (ReviewAssignment a : reviews.assignments(round.getId())) {
            assertThat(subject.get(a.getReviewerGroupId())).isNotEqualTo(subject.get(a.getRevieweeGroupId()));
        }
    }

    @Test
    void askingForMoreReviewsThanThereAreGroupsIsRefusedWithTheMaximumAndStoresNothing() {
        int before = reviews.visibleRounds(user("admin")).size();
        assertThatThrownBy(() -> start("测试互评丁", false, 999, 1L, demoRubric()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("research.review.error.infeasible");
                    assertThat(e.getArgs()[0]).isEqualTo(999);
                    assertThat((int) e.getArgs()[2]).isEqualTo((int) e.getArgs()[1] - 1);
                });
        assertThat(reviews.visibleRounds(user("admin"))).hasSize(before);
    }

    @Test
    void aScoreAboveTheItemsMaximumIsRefusedNamingTheItemAndNothingIsSaved() {
        Rubric rubric = rubrics.require(user("admin").schoolId(), demoRubric());
        ReviewAssignment a = mathGroupsAssignment(start("测试互评戊", false, 1, 5L, rubric.getId()));
        Map<Long, String> raw = new LinkedHashMap<>();
        rubric.getItems().forEach(i -> raw.put(i.getId(), "5"));
        RubricItem goals = rubric.getItems().get(0);
        raw.put(goals.getId(), "11");
        assertThatThrownBy(() -> scoring.score(user("math0701"), "REVIEW", a.getId(), rubric.getId(), raw, "好", "无"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("research.rubric.error.range");
                    assertThat(e.getArgs()).containsExactly("教学目标", "10", "11");
                });
        assertThat(scores.of(user("admin").schoolId(), "REVIEW", a.getId())).isEmpty();
    }

    @Test
    void scoresGiveEachItemsMeanAndSpreadAndTheWeightedTotalOnAHundredPointScale() {
        HezuoUser admin = user("admin");
        Rubric rubric = rubrics.create(admin, "测试量表" + System.nanoTime(), null, "提问 | 10 | 1\n合作 | 20 | 3 | 分工明确");
        ReviewAssignment a = mathGroupsAssignment(start("测试互评己", false, 1, 6L, rubric.getId()));
        long q = rubric.getItems().get(0).getId();
        long c = rubric.getItems().get(1).getId();
        scoring.score(user("math0701"), "REVIEW", a.getId(), rubric.getId(), Map.of(q, "10", c, "20"), "提问有层次", null);
        scoring.score(user("math0702"), "REVIEW", a.getId(), rubric.getId(), Map.of(q, "5", c, "10"), null, "讲得多");
        scoring.score(user("math0702"), "REVIEW", a.getId(), rubric.getId(), Map.of(q, "5", c, "10"), null, "讲授偏多");

        RubricScores.TargetScores s = scores.of(admin.schoolId(), "REVIEW", a.getId()).get(0);
        assertThat(s.scorers()).isEqualTo(2);
        assertThat(s.items().get(0).mean()).isEqualTo(7.5);
        assertThat(s.items().get(0).sd()).isCloseTo(3.536, within(0.001));
        assertThat(s.totalMean()).isEqualTo(75.0);
        assertThat(s.totalSd()).isCloseTo(35.355, within(0.001));
        assertThat(s.sheets()).extracting(RubricScores.Sheet::weaknesses).containsExactlyInAnyOrder(null, "讲授偏多");
    }

    @Test
    void onlyTheReviewingGroupsMembersScoreAndATeacherOutsideTheRoundSeesNothing() {
        ReviewAssignment a = mathGroupsAssignment(start("测试互评庚", false, 1, 8L, demoRubric()));
        assertThat(targets.describe(user("math0701"), a.getId()).canScore()).isTrue();
        assertThat(targets.describe(user("admin"), a.getId()).canScore()).isFalse();
        assertThat(targets.describe(user("head0701"), a.getId()).canScore()).isFalse();
        assertThatThrownBy(() -> targets.describe(user("eng0702"), a.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.score(user("admin"), "REVIEW", a.getId(), demoRubric(), Map.of(), null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoLeaderSeesTheDemoReviewDueOnTheHomePanel() {
        assertThat(reviews.dueFor(user("math0701"))).extracting(ReviewService.Due::roundName)
                .contains("本学期研修组间互评");
        assertThat(reviews.dueFor(user("eng0702"))).isEmpty();
    }

    @Test
    void aRubricLineWithoutAValidMaximumIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> rubrics.create(user("admin"), "坏量表" + System.nanoTime(), null, "教学目标 | 10\n教学效果 | 很多"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("research.rubric.error.itemMax");
                    assertThat(e.getArgs()).containsExactly(2, "教学效果");
                });
    }

    private ReviewAssignment mathGroupsAssignment(ReviewRound round) {
        long math = access.activeGroupsOfSchool(user("admin").schoolId()).stream()
                .filter(g -> g.getName().equals("数学教研组")).findFirst().orElseThrow().getId();
        return reviews.assignments(round.getId()).stream().filter(x -> x.getReviewerGroupId() == math)
                .findFirst().orElseThrow();
    }

    private static Set<String> asPairs(List<ReviewAssignment> list) {
        return list.stream().map(a -> a.getReviewerGroupId() + ">" + a.getRevieweeGroupId()).collect(Collectors.toSet());
    }
}
