/**
 * The exam reports (class and grade, items, knowledge points, students, 临界生, early warning, experiment), their
 * .xlsx export, a student's trend across exams and a student's own view (rank bands only). Numbers come from
 * {@code exam.stats}; this package only loads, filters by who may see what, and formats.
 */
package cn.hezuo.exam.report;
