/**
 * 疑问汇总, the question pipeline before a lesson: the teacher opens a lesson entry (学案) with deadlines per role;
 * students note what they could not solve; the group's 学科组长 merges duplicates, marks what the group solved itself
 * and submits; the subject's 课代表 merges the groups' lists into class topics ranked by how many groups asked; the
 * teacher reads one digest and marks each topic 课上讲 / 个别辅导 / 已解决, which the askers then see. A late stage
 * never blocks the next. Students never see scores, tiers or classmates' names outside their own group.
 */
package cn.hezuo.mutualhelp.questions;
