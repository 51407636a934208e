/**
 * Teachers, what they teach where (teaching assignments), the admin's teacher pages and a teacher's home page.
 */
package cn.hezuo.teacher;
