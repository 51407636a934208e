/**
 * The school's structure — terms with week numbers, grades, subjects, classes — and {@link cn.hezuo.school.ClassAccess}, the single answer to "may this user see or manage this class".
 */
package cn.hezuo.school;
