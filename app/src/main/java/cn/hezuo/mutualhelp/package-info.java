/**
 * 学习互助 (mutual help): the question pipeline 学生 → 学科组长 → 课代表 → 教师 ({@code questions}). This package holds
 * the one place where mutual help reads other features ({@link People}), through their public queries only.
 */
package cn.hezuo.mutualhelp;
