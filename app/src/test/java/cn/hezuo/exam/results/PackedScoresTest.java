package cn.hezuo.exam.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.exam.stats.Choice;
import org.junit.jupiter.api.Test;

class PackedScoresTest {

    @Test
    void pointsSurviveARoundTripInTheirShortestForm() {
        double[] points = {3, 0, 2.5, 10, 0.5, 100};
        String packed = PackedScores.packPoints(points);
        assertThat(packed).isEqualTo("3,0,2.5,10,0.5,100");
        double[] back = new double[points.length];
        PackedScores.unpackPoints(packed, back);
        assertThat(back).containsExactly(points);
    }

    @Test
    void aPackedListOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> PackedScores.unpackPoints("3,0", new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedScores.unpackPoints("3,0,1,2", new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PackedScores.unpackPoints("3,,1", new double[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsUseOneCharacterPerItemWithBlankAndSubjectiveMarks() {
        Choice[] choices = new Choice[4];
        PackedScores.unpackOptions("B_.D", choices);
        assertThat(choices).containsExactly(Choice.B, Choice.BLANK, null, Choice.D);
        assertThat(PackedScores.optionChar(Choice.BLANK)).isEqualTo('_');
        assertThat(PackedScores.optionChar(null)).isEqualTo('.');
        assertThat(PackedScores.optionChar(Choice.C)).isEqualTo('C');
    }
}
