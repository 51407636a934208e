package cn.hezuo.exam.stats;

import java.util.List;

/**
 * One item (题) of an exam.
 *
 * @param label           the item's number as shown, e.g. {@code "Q07"}
 * @param maxPoints       the item maximum m_j
 * @param objective       a multiple-choice item whose chosen option (A–D or blank) is recorded
 * @param knowledgePoints the knowledge points it is tagged with; an item with two tags counts fully in both
 */
public record Item(String label, double maxPoints, boolean objective, List<String> knowledgePoints) {

    public Item {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("item label is required");
        }
        if (!(maxPoints > 0) || Double.isInfinite(maxPoints)) {
            throw new IllegalArgumentException("maximum of " + label + " must be positive: " + maxPoints);
        }
        knowledgePoints = List.copyOf(knowledgePoints);
    }
}
