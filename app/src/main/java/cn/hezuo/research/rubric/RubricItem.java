package cn.hezuo.research.rubric;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One item of a rubric: 教学目标, at most 10 points, weight 10, with what a full score looks like. */
@Entity
@Table(name = "research_rubric_item")
public class RubricItem extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 500)
    private String descriptor;

    @Column(name = "max_score", nullable = false, precision = 6, scale = 1)
    private BigDecimal maxScore;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal weight;

    protected RubricItem() {
    }

    RubricItem(Rubric rubric, int sortOrder, String name, String descriptor, BigDecimal maxScore, BigDecimal weight) {
        this.rubric = rubric;
        this.sortOrder = sortOrder;
        this.name = name;
        this.descriptor = descriptor;
        this.maxScore = maxScore;
        this.weight = weight;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getName() {
        return name;
    }

    public String getDescriptor() {
        return descriptor;
    }

    public BigDecimal getMaxScore() {
        return maxScore;
    }

    public BigDecimal getWeight() {
        return weight;
    }
}
