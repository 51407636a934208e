/**
 * Exam analytics: exams with their classes, items and knowledge points; who may see and change them
 * ({@link cn.hezuo.exam.ExamAccess}); the setup pages. Scores live in {@code results}, the import in
 * {@code importing}, the reports in {@code report}; the formulas in {@code stats}.
 */
package cn.hezuo.exam;
