/**
 * 听课记录: lessons a teacher observed, recorded from a phone; counts per teacher and term against the required
 * minimum (the group's, else the school's), the leader's "who is behind" view and its .xlsx.
 */
package cn.hezuo.research.listen;
