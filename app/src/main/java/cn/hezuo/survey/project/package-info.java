/**
 * 课题 (research projects): the record (level, members, 实验班/对照班, period, stages with milestones, documents), its
 * evidence page assembled from surveys, exams, lesson observation and group life, and the 课题研究工作总结 draft
 * exported to .docx.
 */
package cn.hezuo.survey.project;
