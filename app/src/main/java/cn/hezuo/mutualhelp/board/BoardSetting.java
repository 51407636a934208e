package cn.hezuo.mutualhelp.board;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class's board switches: anonymous asking and points for accepted answers, both off by default. */
@Entity
@Table(name = "mh_board_setting")
class BoardSetting extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "anonymous_allowed", nullable = false)
    private boolean anonymousAllowed;

    @Column(name = "award_points", nullable = false)
    private boolean awardPoints;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BoardSetting() {
    }

    BoardSetting(Long schoolId, Long classId) {
        this.schoolId = schoolId;
        this.classId = classId;
    }

    void set(boolean anonymousAllowed, boolean awardPoints, String by, Instant at) {
        this.anonymousAllowed = anonymousAllowed;
        this.awardPoints = awardPoints;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getClassId() {
        return classId;
    }

    boolean isAnonymousAllowed() {
        return anonymousAllowed;
    }

    boolean isAwardPoints() {
        return awardPoints;
    }
}
