package cn.hezuo.exam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The items table as posted: one row per item, blank rows ignored. A mutable bean because the page grows the list
 * by index ({@code items[3].label}).
 */
public class ItemsForm {

    private List<Row> items = new ArrayList<>();
    private Integer version;

    public static ItemsForm of(List<ExamItem> items, int extraRows, int version) {
        ItemsForm form = new ItemsForm();
        for (ExamItem item : items) {
            Row row = new Row();
            row.setLabel(item.getLabel());
            row.setObjective(item.isObjective());
            row.setMaxPoints(cn.hezuo.system.Numbers.plain(item.getMaxPoints()));
            row.setHalfPoints(item.isHalfPoints());
            row.setAnswerKey(item.getAnswerKey());
            row.setKnowledgePoints(String.join("、", item.knowledgePointList()));
            form.items.add(row);
        }
        for (int i = 0; i < extraRows; i++) {
            form.items.add(new Row());
        }
        form.version = version;
        return form;
    }

    public List<Row> getItems() {
        return items;
    }

    public void setItems(List<Row> items) {
        this.items = items;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /** One posted row; everything optional so that an untouched extra row is simply blank. */
    public static class Row {
        private String label;
        private boolean objective;
        private BigDecimal maxPoints;
        private boolean halfPoints;
        private String answerKey;
        private String knowledgePoints;

        public boolean isBlank() {
            return (label == null || label.isBlank()) && maxPoints == null
                    && (knowledgePoints == null || knowledgePoints.isBlank())
                    && (answerKey == null || answerKey.isBlank());
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isObjective() {
            return objective;
        }

        public void setObjective(boolean objective) {
            this.objective = objective;
        }

        public BigDecimal getMaxPoints() {
            return maxPoints;
        }

        public void setMaxPoints(BigDecimal maxPoints) {
            this.maxPoints = maxPoints;
        }

        public boolean isHalfPoints() {
            return halfPoints;
        }

        public void setHalfPoints(boolean halfPoints) {
            this.halfPoints = halfPoints;
        }

        public String getAnswerKey() {
            return answerKey;
        }

        public void setAnswerKey(String answerKey) {
            this.answerKey = answerKey;
        }

        public String getKnowledgePoints() {
            return knowledgePoints;
        }

        public void setKnowledgePoints(String knowledgePoints) {
            this.knowledgePoints = knowledgePoints;
        }
    }
}
