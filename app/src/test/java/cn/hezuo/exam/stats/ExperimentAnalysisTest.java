package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExperimentAnalysisTest {

    private static final ExamLines LINES = ExamLines.of(100);

    // Experimental class 实验1: gains 10, 8, 5, 10; control class 对照1: gains 2, 3, 2, 2, 3.
    private final ScoreTable post = ScoreTable.builder()
            .present("e1", "实验1", 70).present("e2", "实验1", 78).present("e3", "实验1", 85)
            .present("e4", "实验1", 75).absent("e5", "实验1")
            .present("c1", "对照1", 64).present("c2", "对照1", 75).present("c3", "对照1", 80)
            .present("c4", "对照1", 70).present("c5", "对照1", 58).present("c6", "对照1", 99)
            .present("x1", "其他", 40)
            .build();
    private final Map<String, Double> pre = new HashMap<>(Map.ofEntries(
            Map.entry("e1", 60.0), Map.entry("e2", 70.0), Map.entry("e3", 80.0), Map.entry("e4", 65.0),
            Map.entry("e5", 10.0),
            Map.entry("c1", 62.0), Map.entry("c2", 72.0), Map.entry("c3", 78.0), Map.entry("c4", 68.0),
            Map.entry("c5", 55.0), Map.entry("x1", 90.0)));
    private final ExperimentAnalysis analysis =
            ExperimentAnalysis.analyse(post, LINES, pre, LINES, Set.of("实验1"), Set.of("对照1"));

    @Test
    void onlyCompleteCasesOfTheGroupsClassesCount() {
        // e5 was absent on the post-test and c6 has no pre-test; x1 is in neither group.
        assertThat(analysis.experimental().n()).isEqualTo(4);
        assertThat(analysis.experimental().enrolled()).isEqualTo(5);
        assertThat(analysis.control().n()).isEqualTo(5);
        assertThat(analysis.control().enrolled()).isEqualTo(6);
    }

    @Test
    void groupMeansAndSampleSdsOfPrePostAndGain() {
        // Gains E: 10, 8, 5, 10 → mean 33/4, var 67/12; C: 2, 3, 2, 2, 3 → mean 12/5, var 3/10.
        assertThat(analysis.experimental().gainMean()).isCloseTo(33.0 / 4, within(1e-12));
        assertThat(analysis.experimental().gainSd()).isCloseTo(Math.sqrt(67.0 / 12), within(1e-12));
        assertThat(analysis.control().gainMean()).isCloseTo(12.0 / 5, within(1e-12));
        assertThat(analysis.control().gainSd()).isCloseTo(Math.sqrt(3.0 / 10), within(1e-12));
        assertThat(analysis.experimental().pre().mean()).isEqualTo(68.75);
        assertThat(analysis.experimental().post().mean()).isEqualTo(77);
        assertThat(analysis.control().pre().mean()).isEqualTo(67);
    }

    @Test
    void passAndExcellentRatesArePerGroupBeforeAndAfter() {
        // Control pre: 62, 72, 78, 68, 55 → 4 of 5 pass (≥ 60); post: 64, 75, 80, 70, 58 → 4 of 5.
        assertThat(analysis.control().pre().passRate()).isEqualTo(0.8);
        assertThat(analysis.control().post().passRate()).isEqualTo(0.8);
        // Experimental post: 70, 78, 85, 75 → 85 is excellent (≥ 85).
        assertThat(analysis.experimental().post().excellentRate()).isEqualTo(0.25);
    }

    @Test
    void welchTestOnGainsIsExperimentalMinusControl() {
        // (33/4 − 12/5) / sqrt(67/48 + 3/50); reference t, df, p, CI from scipy.stats.ttest_ind(equal_var=False).
        WelchTest welch = analysis.welch();
        assertThat(welch.t()).isCloseTo((33.0 / 4 - 12.0 / 5) / Math.sqrt(67.0 / 48 + 3.0 / 50), within(1e-12));
        assertThat(welch.t()).isCloseTo(4.848417795845168, within(1e-12));
        assertThat(welch.df()).isCloseTo(3.2589374030303473, within(1e-10));
        assertThat(welch.p()).isCloseTo(0.01379160636354195, within(1e-10));
        assertThat(welch.ciLower()).isCloseTo(2.177085868304362, within(1e-8));
        assertThat(welch.ciUpper()).isCloseTo(9.522914131695638, within(1e-8));
    }

    @Test
    void cohensDUsesThePooledSdWithoutHedgesCorrection() {
        // s_p = sqrt((3 · 67/12 + 4 · 3/10) / 7).
        double pooled = Math.sqrt((3 * 67.0 / 12 + 4 * 3.0 / 10) / 7);
        assertThat(analysis.cohenD()).isCloseTo((33.0 / 4 - 12.0 / 5) / pooled, within(1e-12));
    }

    @Test
    void ancovaRunsOverTheCompleteCasesOfBothGroups() {
        assertThat(analysis.ancova().n()).isEqualTo(9);
        assertThat(analysis.ancova().b1()).isCloseTo(64867.0 / 10695, within(1e-9));
    }

    @Test
    void summarySaysWhatTheNumbersShowAndThatTheDesignIsNotRandomised() {
        List<ExperimentAnalysis.Sentence> summary = analysis.summary();
        assertThat(summary).extracting(ExperimentAnalysis.Sentence::key).containsExactly(
                "examreport.experiment.summary.gains", "examreport.experiment.summary.significant",
                "examreport.experiment.summary.adjusted", "examreport.experiment.summary.design");
        Object[] gains = summary.get(0).args();
        assertThat(List.of(gains).subList(0, 4)).containsExactly(4, "8.25", 5, "2.40");
        assertThat(gains[7]).isEqualTo("p = 0.014");
        assertThat(gains[10]).isEqualTo("3.65");
        assertThat(((ExperimentAnalysis.Sentence) gains[11]).key()).isEqualTo("examreport.experiment.effect.large");
    }

    @Test
    void summaryOfANonSignificantResultDoesNotClaimThereIsNoDifference() {
        ScoreTable.Builder sleep = ScoreTable.builder();
        Map<String, Double> zero = new HashMap<>();
        double[] e = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        double[] c = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        for (int i = 0; i < 10; i++) {
            sleep.present("e" + i, "E", 50 + e[i]).present("c" + i, "C", 50 + c[i]);
            zero.put("e" + i, 50.0);
            zero.put("c" + i, 50.0);
        }
        ExperimentAnalysis result = ExperimentAnalysis.analyse(sleep.build(), LINES, zero, LINES, Set.of("E"), Set.of("C"));
        assertThat(result.welch().p()).isCloseTo(0.0793941401873583, within(1e-9));
        List<ExperimentAnalysis.Sentence> summary = result.summary();
        assertThat(summary.get(0).args()[7]).isEqualTo("p = 0.079");
        assertThat(summary.get(0).args()[10]).isEqualTo("0.83");
        assertThat(summary.get(1).key()).isEqualTo("examreport.experiment.summary.notSignificant");
    }

    @Test
    void tooFewStudentsGiveAnHonestNoConclusion() {
        ScoreTable tiny = ScoreTable.builder().present("e", "E", 60).present("c", "C", 50).build();
        ExperimentAnalysis result = ExperimentAnalysis.analyse(tiny, LINES, Map.of("e", 55.0, "c", 50.0), LINES,
                Set.of("E"), Set.of("C"));
        assertThat(result.welch().t()).isNaN();
        assertThat(result.cohenD()).isNaN();
        assertThat(result.summary()).extracting(ExperimentAnalysis.Sentence::key)
                .containsExactly("examreport.experiment.summary.tooFew");
    }

    @Test
    void aClassCannotBeInBothGroups() {
        assertThatThrownBy(() -> ExperimentAnalysis.analyse(post, LINES, pre, LINES, Set.of("实验1"),
                Set.of("实验1", "对照1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
