/**
 * 问卷与课题: questionnaires given to classes (anonymous or named), answered on phones or imported from paper, and
 * their reports — per-option tables, 前测/后测 with 比差 and the right test. See {@code docs/surveys.md}.
 */
package cn.hezuo.survey;
