package cn.hezuo.exam.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.hezuo.exam.stats.KnowledgePointRates.PointRate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On {@link SmallExam}: Q2 is tagged 函数 and 几何 and counts fully in both. */
class KnowledgePointRatesTest {

    private final KnowledgePointRates rates = KnowledgePointRates.compute(SmallExam.matrix());

    @Test
    void doubleTaggedItemCountsFullyInBothPoints() {
        // 函数 = Q1 + Q2: (15 + 15) / (8 · 6). 几何 = Q2 + Q3: (15 + 17) / (8 · 7).
        assertThat(rate(rates.overall(), "函数").rate()).isCloseTo(30.0 / 48, within(1e-12));
        assertThat(rate(rates.overall(), "几何").rate()).isCloseTo(32.0 / 56, within(1e-12));
        assertThat(rate(rates.overall(), "几何").items()).containsExactly("Q2", "Q3");
        assertThat(rate(rates.overall(), "几何").maxPoints()).isEqualTo(7);
    }

    @Test
    void overallRatesAreSortedWeakestFirst() {
        // 几何 4/7 ≈ 0.571, 概率 47/80 = 0.5875, 函数 0.625.
        assertThat(rates.overall()).extracting(PointRate::point).containsExactly("几何", "概率", "函数");
    }

    @Test
    void classRatesDivideByTheClassSizeAndAreSortedWeakestFirstPerClass() {
        List<PointRate> c1 = rates.byClass().get("c1");
        List<PointRate> c2 = rates.byClass().get("c2");
        // c1 (4 students): 函数 (12 + 9) / 24, 几何 (9 + 12) / 28, 概率 29 / 40.
        assertThat(c1).extracting(PointRate::point).containsExactly("概率", "几何", "函数");
        assertThat(rate(c1, "函数").rate()).isCloseTo(21.0 / 24, within(1e-12));
        // c2: 4 present students (s09 is absent and not in |G|): 函数 (3 + 6) / 24, 几何 (6 + 5) / 28, 概率 18 / 40.
        assertThat(c2).extracting(PointRate::point).containsExactly("函数", "几何", "概率");
        assertThat(rate(c2, "几何").rate()).isCloseTo(11.0 / 28, within(1e-12));
        assertThat(rate(c2, "概率").rate()).isCloseTo(18.0 / 40, within(1e-12));
    }

    private static PointRate rate(List<PointRate> rates, String point) {
        return rates.stream().filter(r -> r.point().equals(point)).findFirst().orElseThrow();
    }
}
