/**
 * Teaching research (教研): teachers' groups and their term's work — research groups and 备课组, the semester plan
 * and its calendar of activities, attendance and minutes, listen-class records. Reads other features only through
 * their public services ({@code SchoolCalendar}, {@code SchoolSetupService}, {@code TeacherService},
 * {@code DisplayNames}); see docs/teaching-research.md.
 */
package cn.hezuo.research;
