/**
 * The semester plan (教研组工作计划) and its calendar of activities by week and month, and what happens at an activity:
 * attendance (考勤), minutes (会议记录), attachments (教案, 课件, 照片, 主备稿) and members' reflections.
 */
package cn.hezuo.research.calendar;
