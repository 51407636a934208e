/**
 * Importing exam scores in the wide layout marking systems export (学号, 姓名, 班级, one column per item, options in a
 * neighbouring column, or just 总分): header matching, row checks with every problem by row and column, the preview,
 * the all-or-nothing confirm, and the template.
 */
package cn.hezuo.exam.importing;
