package cn.hezuo.evaluation;

import java.util.Map;

/**
 * What an award or undo answers: the action, and the new totals of the groups (and, for teachers, the
 * students) it touched, so the page can replace its optimistic numbers with the real ones.
 * {@code studentTotals} is null for student recorders: they never see other students' individual totals.
 */
public record AwardResult(long actionId, String requestId, boolean undone, boolean repeated, String message,
                          Map<Long, Integer> groupTotals, Map<Long, Integer> studentTotals) {
}
