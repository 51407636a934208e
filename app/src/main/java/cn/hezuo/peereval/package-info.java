/**
 * 自评与互评: evaluation rounds a teacher opens and closes; students rate themselves and their group-mates on four
 * criteria and groups rate each other's presentations. Students see only averages of what others gave them (no
 * rater, no single value); the teacher sees the full matrix, flags and an .xlsx export.
 */
package cn.hezuo.peereval;
