package cn.hezuo.research.rubric;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The score one sheet gives one rubric item. */
@Entity
@Table(name = "research_score_entry")
class RubricScoreEntry extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private RubricScoreSheet sheet;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal score;

    protected RubricScoreEntry() {
    }

    RubricScoreEntry(RubricScoreSheet sheet, Long itemId, BigDecimal score) {
        this.sheet = sheet;
        this.itemId = itemId;
        this.score = score;
    }

    Long getItemId() {
        return itemId;
    }

    BigDecimal getScore() {
        return score;
    }

    void setScore(BigDecimal score) {
        this.score = score;
    }
}
