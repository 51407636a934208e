package cn.hezuo.exam;

import cn.hezuo.exam.stats.Item;
import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One item (小题) of an exam: its label as printed ("1", "Q13", "17(2)"), objective or not, the maximum points,
 * whether half points may be given, the answer key of an objective item, and its knowledge points.
 */
@Entity
@Table(name = "exam_item")
public class ExamItem extends BaseEntity {

    /** Separates knowledge points in the stored list (the Chinese enumeration comma, never part of a name). */
    public static final String POINT_SEPARATOR = "、";

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "exam_id", nullable = false)
    private Long examId;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false, length = 20)
    private String label;

    @Column(nullable = false)
    private boolean objective;

    @Column(name = "max_points", nullable = false, precision = 5, scale = 1)
    private BigDecimal maxPoints;

    @Column(name = "half_points", nullable = false)
    private boolean halfPoints;

    @Column(name = "answer_key", length = 4)
    private String answerKey;

    @Column(name = "knowledge_points", length = 500)
    private String knowledgePoints;

    protected ExamItem() {
    }

    public ExamItem(Long schoolId, Long examId, int seq) {
        this.schoolId = schoolId;
        this.examId = examId;
        this.seq = seq;
    }

    public void update(String label, boolean objective, BigDecimal maxPoints, boolean halfPoints, String answerKey,
                       List<String> points) {
        this.label = label;
        this.objective = objective;
        this.maxPoints = maxPoints;
        this.halfPoints = halfPoints;
        this.answerKey = objective && answerKey != null && !answerKey.isBlank() ? answerKey : null;
        this.knowledgePoints = points.isEmpty() ? null : String.join(POINT_SEPARATOR, points);
    }

    /** The item as the statistics core sees it. */
    public Item toStatsItem() {
        return new Item(label, maxPoints.doubleValue(), objective, knowledgePointList());
    }

    public List<String> knowledgePointList() {
        if (knowledgePoints == null || knowledgePoints.isBlank()) {
            return List.of();
        }
        return Arrays.stream(knowledgePoints.split(POINT_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    public Long getExamId() {
        return examId;
    }

    public int getSeq() {
        return seq;
    }

    public String getLabel() {
        return label;
    }

    public boolean isObjective() {
        return objective;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isHalfPoints() {
        return halfPoints;
    }

    public String getAnswerKey() {
        return answerKey;
    }

    public String getKnowledgePoints() {
        return knowledgePoints;
    }
}
