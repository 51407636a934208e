package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExamMatrixTest {

    private final List<Item> items = List.of(new Item("Q1", 3, true, List.of()), new Item("Q2", 5, false, List.of()));

    @Test
    void totalIsTheSumOfTheItemPointsAndFullMarksTheSumOfTheMaxima() {
        ExamMatrix exam = ExamMatrix.builder(items)
                .present("a", "c", new double[] {3, 4.5}, new Choice[] {Choice.B, null}).build();
        assertThat(exam.scores().total(0)).isEqualTo(7.5);
        assertThat(exam.fullMarks()).isEqualTo(8);
        assertThat(exam.choice(0, 0)).isEqualTo(Choice.B);
        assertThat(exam.choice(0, 1)).isNull();
    }

    @Test
    void pointsOutsideZeroToTheItemMaximumAreRejected() {
        assertThatThrownBy(() -> ExamMatrix.builder(items).present("a", "c", new double[] {3, 5.5}, blank()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Q2");
        assertThatThrownBy(() -> ExamMatrix.builder(items).present("a", "c", new double[] {Double.NaN, 1}, blank()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void objectiveItemNeedsAnOptionEvenIfBlank() {
        assertThatThrownBy(() -> ExamMatrix.builder(items).present("a", "c", new double[] {0, 1}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BLANK");
    }

    @Test
    void studentIdsAreUniqueAcrossPresentAndAbsentStudents() {
        assertThatThrownBy(() -> ExamMatrix.builder(items).present("a", "c", new double[] {0, 1}, blank())
                .absent("a", "c")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
    }

    @Test
    void emptyOptionCellIsBlankAndOthersMustBeAToD() {
        assertThat(Choice.parse("")).isEqualTo(Choice.BLANK);
        assertThat(Choice.parse(null)).isEqualTo(Choice.BLANK);
        assertThat(Choice.parse(" c ")).isEqualTo(Choice.C);
        assertThatThrownBy(() -> Choice.parse("E")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Choice[] blank() {
        return new Choice[] {Choice.BLANK, null};
    }
}
