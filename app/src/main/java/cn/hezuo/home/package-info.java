/**
 * Where each person lands after login: the redirect by role, and a student's own page (/me), which shows parts owned
 * by roster, group and peer evaluation. It sits above those features so that none of them depends on another for it.
 */
package cn.hezuo.home;
