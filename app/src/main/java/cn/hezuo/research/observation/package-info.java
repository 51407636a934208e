/**
 * 观课: a lesson observed live on a phone (activity timeline, who spoke, questions with wait time, exercise accuracy,
 * minute-stamped notes), synced idempotently from the browser's local queue, and the combined report, comparisons
 * (teaching 1 vs 2, 同课异构, experimental vs control) and {@link cn.hezuo.research.observation.ObservationFigures}.
 */
package cn.hezuo.research.observation;
