/**
 * 教研组工作总结: a group's semester summary with every count computed from the records (activities by type, open
 * lessons, attendance, listen-class totals and who met the minimum), sections the leader edits, exported as .docx.
 */
package cn.hezuo.research.summary;
