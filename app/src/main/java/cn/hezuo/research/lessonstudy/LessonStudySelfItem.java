package cn.hezuo.research.lessonstudy;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One rated item of a case's self-evaluation. */
@Entity
@Table(name = "research_ls_self_item")
public class LessonStudySelfItem extends BaseEntity {

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SelfItem item;

    @Column(nullable = false)
    private int rating;

    @Column(length = 1000)
    private String remark;

    protected LessonStudySelfItem() {
    }

    LessonStudySelfItem(Long caseId, SelfItem item) {
        this.caseId = caseId;
        this.item = item;
    }

    void rate(int rating, String remark) {
        this.rating = rating;
        this.remark = remark;
    }

    public Long getCaseId() {
        return caseId;
    }

    public SelfItem getItem() {
        return item;
    }

    public int getRating() {
        return rating;
    }

    public String getRemark() {
        return remark;
    }
}
