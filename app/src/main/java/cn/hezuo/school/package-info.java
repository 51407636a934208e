/**
 * The school's structure (terms, grades, subjects, classes); {@link cn.hezuo.school.SchoolCalendar}, the single answer
 * to "which term and week is it"; and {@link cn.hezuo.school.ClassAccess}, the single answer to "may this user see or
 * manage this class".
 */
package cn.hezuo.school;
