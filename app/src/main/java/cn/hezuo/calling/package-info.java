/**
 * 随机点名: fair random calling for the whiteboard — 每组N号, a random group, student or member of a group — drawn on
 * the server with an idempotent request id, logged for a fairness audit, with absences per day and a pass that does
 * not count. The fairness rules are the pure {@link cn.hezuo.calling.FairPicker}.
 */
package cn.hezuo.calling;
