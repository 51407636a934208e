package cn.hezuo.evaluation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Whether a class's 光荣榜 (groups only) is switched on; off when the class has no row. */
@Entity
@Table(name = "eval_honour_board")
class HonourBoardSetting extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(nullable = false)
    private boolean enabled;

    protected HonourBoardSetting() {
    }

    HonourBoardSetting(Long schoolId, Long classId) {
        this.schoolId = schoolId;
        this.classId = classId;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
