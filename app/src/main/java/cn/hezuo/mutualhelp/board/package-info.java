/**
 * 互助答疑: the class Q&A board per subject — questions with photos and knowledge points, answers from classmates and
 * teachers, acceptance, “我也有这个问题”, teacher moderation with an edit history, answers held until a homework's due
 * time, anonymous asking where the class allows it, optional points through {@code evaluation.AwardService}, and the
 * teachers' report.
 */
package cn.hezuo.mutualhelp.board;
