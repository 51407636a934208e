/**
 * The exact statistics behind the exam reports (docs: {@code exam-statistics.md}): descriptive statistics, rankings,
 * item analysis, knowledge-point rates, borderline students, the pre/post experiment and early warning. Pure Java on
 * primitive arrays, no Spring, no database; every result is an immutable record holding unrounded doubles.
 * Undefined values (a mean of nobody, an SD of one student, a correlation with a constant) are {@code NaN}.
 */
package cn.hezuo.exam.stats;
