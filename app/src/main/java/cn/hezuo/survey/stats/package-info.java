/**
 * Pure survey statistics (no Spring, no JPA): option percentages, the 前测/后测 table with 比差, the chi-square test of
 * homogeneity with an exact (Fisher–Freeman–Halton) p-value when expected counts are small, the Wilcoxon signed-rank
 * test with the matched-pairs rank-biserial r, and the Stuart–Maxwell and McNemar–Bowker tests of symmetry. Every
 * formula is written out in {@code docs/surveys.md}; distributions and the Wilcoxon p-value come from Apache Commons
 * Statistics.
 */
package cn.hezuo.survey.stats;
