/**
 * 课堂评价: evaluation items (点评项) per class, one-tap awards to groups and students that a double tap or a
 * retry never counts twice, undo, running totals per term for the class board, student recorders, and the
 * classroom (whiteboard) and phone pages.
 */
package cn.hezuo.evaluation;
