package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AncovaTest {

    // Experimental: pre 60 70 80 65 → post 70 78 85 75; control: pre 62 72 78 68 55 → post 64 75 80 70 58.
    private static final double[] PRE = {60, 70, 80, 65, 62, 72, 78, 68, 55};
    private static final double[] POST = {70, 78, 85, 75, 64, 75, 80, 70, 58};
    private static final boolean[] EXPERIMENTAL = {true, true, true, true, false, false, false, false, false};

    private final Ancova ancova = Ancova.fit(POST, PRE, EXPERIMENTAL);

    @Test
    void coefficientsSolveTheNormalEquations() {
        // XᵀX = [[9, 4, 610], [4, 4, 275], [610, 275, 41886]], Xᵀy = [655, 308, 44893]; by hand (exact fractions):
        // b = (113773/10695, 64867/10695, 1876/2139).
        assertThat(ancova.b0()).isCloseTo(113773.0 / 10695, within(1e-9));
        assertThat(ancova.b1()).isCloseTo(64867.0 / 10695, within(1e-9));
        assertThat(ancova.b2()).isCloseTo(1876.0 / 2139, within(1e-12));
        double[] b = solveNormalEquations();
        assertThat(ancova.b0()).isCloseTo(b[0], within(1e-9));
        assertThat(ancova.b1()).isCloseTo(b[1], within(1e-9));
        assertThat(ancova.b2()).isCloseTo(b[2], within(1e-9));
    }

    @Test
    void standardErrorOfTheGroupEffectUsesTheGGElementOfTheInverse() {
        // [(XᵀX)⁻¹]_GG = 4874/10695; RSS = 105514/10695; σ̂² = RSS / 6.
        double se = Math.sqrt(105514.0 / 10695 / 6 * 4874.0 / 10695);
        assertThat(ancova.seB1()).isCloseTo(se, within(1e-12));
        assertThat(ancova.t()).isCloseTo(64867.0 / 10695 / se, within(1e-9));
        assertThat(ancova.df()).isEqualTo(6);
        // Reference: 2·P(T_6 > 7.0065…) from scipy.stats.t.sf.
        assertThat(ancova.p()).isCloseTo(0.00042135322305389064, within(1e-15));
    }

    @Test
    void adjustedMeansAreFittedPostAtTheMeanPreOfAllCompleteCases() {
        double meanPre = 610.0 / 9;
        assertThat(ancova.meanPre()).isCloseTo(meanPre, within(1e-12));
        assertThat(ancova.adjustedMeanControl()).isCloseTo(ancova.b0() + ancova.b2() * meanPre, within(1e-12));
        assertThat(ancova.adjustedMeanExperimental() - ancova.adjustedMeanControl())
                .isCloseTo(ancova.b1(), within(1e-12));
        assertThat(ancova.adjustedMeanExperimental()).isCloseTo(76.14731702249273, within(1e-9));
    }

    @Test
    void constantPreTestMakesTheModelUndefined() {
        Ancova singular = Ancova.fit(new double[] {1, 2, 3, 4}, new double[] {5, 5, 5, 5},
                new boolean[] {true, true, false, false});
        assertThat(singular.b1()).isNaN();
        assertThat(singular.p()).isNaN();
    }

    /** The 3×3 normal equations XᵀX·b = Xᵀy solved by the adjugate inverse, independently of the production code. */
    private static double[] solveNormalEquations() {
        double[][] a = new double[3][3];
        double[] xty = new double[3];
        for (int i = 0; i < PRE.length; i++) {
            double[] row = {1, EXPERIMENTAL[i] ? 1 : 0, PRE[i]};
            for (int r = 0; r < 3; r++) {
                xty[r] += row[r] * POST[i];
                for (int c = 0; c < 3; c++) {
                    a[r][c] += row[r] * row[c];
                }
            }
        }
        double det = a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1])
                - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0])
                + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]);
        double[][] inverse = new double[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                // Cofactor of (c, r), transposed.
                int r1 = (c + 1) % 3;
                int r2 = (c + 2) % 3;
                int c1 = (r + 1) % 3;
                int c2 = (r + 2) % 3;
                inverse[r][c] = (a[r1][c1] * a[r2][c2] - a[r1][c2] * a[r2][c1]) / det;
            }
        }
        double[] b = new double[3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                b[r] += inverse[r][c] * xty[c];
            }
        }
        return b;
    }
}
