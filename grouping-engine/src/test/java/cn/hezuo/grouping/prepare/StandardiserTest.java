package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.Objective;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandardiserTest {

    @Test
    void zScoresUseTheSampleStandardDeviation() {
        double[] raw = {0, 2, 4, 6};
        Features f = Standardiser.standardise(raw, 4, 1, new int[] {0}, new double[] {1}, Objective.VARIANCE);
        double s = Math.sqrt(20.0 / 3);
        assertEquals(-3 / s, f.z()[0], 1e-12);
        assertEquals(3 / s, f.z()[3], 1e-12);
        assertEquals(s, f.sd()[0], 1e-12);
    }

    @Test
    void aMissingValueTakesTheMeanAndPullsNoGroup() {
        double[] raw = {10, Double.NaN, 20};
        Features f = Standardiser.standardise(raw, 3, 1, new int[] {0}, new double[] {1}, Objective.VARIANCE);
        assertEquals(15, f.raw()[1], 1e-12);
        assertEquals(0, f.z()[1], 1e-12);
        assertEquals(1, f.missing());
    }

    @Test
    void weightsScaleSquaredDistances() {
        double[] raw = {0, 2, 4, 6};
        Features f = Standardiser.standardise(raw, 4, 1, new int[] {0}, new double[] {4}, Objective.VARIANCE);
        assertEquals(2 * f.z()[0], f.x()[0], 1e-12);
    }

    @Test
    void kplusAppendsStandardisedSquares() {
        double[] raw = {0, 2, 4, 6};
        Features f = Standardiser.standardise(raw, 4, 1, new int[] {0}, new double[] {1}, Objective.KPLUS);
        assertEquals(2, f.dim());
        // z² = (9,1,1,9)/s² standardises to ±0.866 (the score.py self-test example).
        assertEquals(Math.sqrt(3) / 2, f.x()[1], 1e-9);
        assertEquals(-Math.sqrt(3) / 2, f.x()[3], 1e-9);
    }

    @Test
    void aConstantFeatureGetsSdOneAndZeroScores() {
        Features f = Standardiser.standardise(new double[] {5, 5, 5}, 3, 1, new int[] {0}, new double[] {1},
                Objective.VARIANCE);
        assertEquals(1, f.sd()[0]);
        assertEquals(0, f.z()[2]);
    }
}
