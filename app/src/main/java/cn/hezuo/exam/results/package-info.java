/**
 * Exam results in the database — one row per student and exam, item points packed into a text column — and the
 * loading of a whole exam into the statistics core's {@link cn.hezuo.exam.stats.ExamMatrix} in one query.
 */
package cn.hezuo.exam.results;
