/**
 * Survey reports: the 前测/后测 comparison in the documents' table layout with 比差 and the right test (paired
 * Wilcoxon and Stuart–Maxwell for named ordinal answers, chi-square of homogeneity otherwise), with one plain Chinese
 * sentence per question. Reads surveys only through {@code SurveyService} and {@code SurveyResults}.
 */
package cn.hezuo.survey.report;
