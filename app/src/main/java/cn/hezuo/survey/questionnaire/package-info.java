/**
 * 问卷: building a questionnaire (question kinds, sections, the bank of the schools' research questions), giving it to
 * classes for a window of days, anonymous or named, and the live response rate per class.
 */
package cn.hezuo.survey.questionnaire;
