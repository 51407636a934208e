package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExamLinesTest {

    private final ExamLines lines = ExamLines.of(120);

    @Test
    void defaultLinesAreSixtyEightyFiveAndFortyPercentOfFullMarks() {
        assertThat(lines.passLine()).isEqualTo(72);
        assertThat(lines.excellentLine()).isEqualTo(102);
        assertThat(lines.lowLine()).isEqualTo(48);
    }

    @Test
    void totalExactlyOnThePassLinePasses() {
        assertThat(lines.passes(72)).isTrue();
        assertThat(lines.passes(71.5)).isFalse();
    }

    @Test
    void totalExactlyOnTheExcellentLineIsExcellent() {
        assertThat(lines.excellent(102)).isTrue();
        assertThat(lines.excellent(101.5)).isFalse();
    }

    @Test
    void totalExactlyOnTheLowLineIsNotLow() {
        assertThat(lines.low(48)).isFalse();
        assertThat(lines.low(47.5)).isTrue();
    }

    @Test
    void totalOnALineStillPassesWhenTheProductOfRatioAndFullMarksRoundsUp() {
        ExamLines custom = new ExamLines(100, 0.55, 0.85, 0.40);
        assertThat(custom.passLine()).isGreaterThan(55);
        assertThat(custom.passes(55)).isTrue();
        assertThat(custom.passes(54.5)).isFalse();
    }

    @Test
    void bandsAreTenPercentWideAndOnlyTheLastIsClosed() {
        assertThat(lines.band(0)).isZero();
        assertThat(lines.band(11.5)).isZero();
        assertThat(lines.band(12)).isEqualTo(1);
        assertThat(lines.band(107.5)).isEqualTo(8);
        assertThat(lines.band(108)).isEqualTo(9);
        assertThat(lines.band(120)).isEqualTo(9);
    }

    @Test
    void bandLabelsShowHalfOpenIntervalsAndAClosedLastOne() {
        assertThat(lines.bandLabel(0)).isEqualTo("[0,12)");
        assertThat(lines.bandLabel(8)).isEqualTo("[96,108)");
        assertThat(lines.bandLabel(9)).isEqualTo("[108,120]");
        assertThat(ExamLines.of(150).bandLabel(1)).isEqualTo("[15,30)");
        assertThat(ExamLines.of(125).bandLabel(0)).isEqualTo("[0,12.5)");
    }

    @Test
    void fullMarksMustBePositive() {
        assertThatThrownBy(() -> ExamLines.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExamLines(100, 1.2, 0.85, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }
}
