/**
 * Students of a class: the roster page, edits by the head teacher, prior scores, student logins with printed slips, roster import and export.
 */
package cn.hezuo.roster;
