/**
 * 每月表彰: a class's monthly commendation (优秀小组, 优秀个人) proposed from evaluation points by weighted criteria,
 * confirmed by the head teacher in revisions, printed as certificates (奖状), shown to students as their own
 * certificates, and rolled up school-wide for the admin.
 */
package cn.hezuo.commendation;
