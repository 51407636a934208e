package cn.hezuo.research.growth;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One item of one teacher's monthly routine check, with its rating and remark; checking again updates it. */
@Entity
@Table(name = "research_check")
class RoutineCheck extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    @Column(name = "check_month", nullable = false, length = 7)
    private String month;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Enums.CheckItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Enums.CheckRating rating;

    @Column(length = 500)
    private String remark;

    @Column(name = "checked_by", nullable = false, length = 64)
    private String checkedBy;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected RoutineCheck() {
    }

    RoutineCheck(Long schoolId, Long termId, Long teacherId, String month, Enums.CheckItem item) {
        this.schoolId = schoolId;
        this.termId = termId;
        this.teacherId = teacherId;
        this.month = month;
        this.item = item;
    }

    void rate(Enums.CheckRating rating, String remark, String checkedBy, Instant checkedAt) {
        this.rating = rating;
        this.remark = remark;
        this.checkedBy = checkedBy;
        this.checkedAt = checkedAt;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public String getMonth() {
        return month;
    }

    public Enums.CheckItem getItem() {
        return item;
    }

    public Enums.CheckRating getRating() {
        return rating;
    }

    public String getRemark() {
        return remark;
    }
}
