/**
 * 学困生跟踪: tracking records for struggling students — causes, measures, dated follow-up notes, the student's scores
 * across exams — opened from an early warning or by hand and closed when the teacher decides; closed records stay as
 * history.
 */
package cn.hezuo.tracking;
