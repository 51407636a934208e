/**
 * Schedules a leader generates and then edits like any activity: the 集体备课 rotation of the 主备人 through the members
 * ({@link cn.hezuo.research.schedule.Rotation}) and the open-lesson schedule for eligible teachers
 * ({@link cn.hezuo.research.schedule.OpenLessonPlanner}). Both algorithms are plain Java with one test per rule.
 */
package cn.hezuo.research.schedule;
