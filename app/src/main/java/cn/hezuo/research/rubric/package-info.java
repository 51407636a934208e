/**
 * 评课量化打分: rubrics the school defines (items with a maximum, weight and descriptor) and score sheets per scorer for
 * any research target named by kind and id ({@link cn.hezuo.research.rubric.ScoreTargets} says who may score and see);
 * {@link cn.hezuo.research.rubric.RubricScores} aggregates them (per item mean and spread, weighted total) for other
 * pages, which include the scoring panel with {@code research/rubric/scoring :: include(kind, id)}.
 */
package cn.hezuo.research.rubric;
