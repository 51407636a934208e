package cn.hezuo.evaluation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A class's evaluation switches: 捆绑评价 (on by default), student recording and the rank band (both off). */
@Entity
@Table(name = "eval_setting")
public class EvalSettings extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(nullable = false)
    private boolean bundled = true;

    @Column(name = "student_recording", nullable = false)
    private boolean studentRecording;

    @Column(name = "show_rank_band", nullable = false)
    private boolean showRankBand;

    protected EvalSettings() {
    }

    public EvalSettings(Long schoolId, Long classId) {
        this.schoolId = schoolId;
        this.classId = classId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public boolean isBundled() {
        return bundled;
    }

    public void setBundled(boolean bundled) {
        this.bundled = bundled;
    }

    public boolean isStudentRecording() {
        return studentRecording;
    }

    public void setStudentRecording(boolean studentRecording) {
        this.studentRecording = studentRecording;
    }

    public boolean isShowRankBand() {
        return showRankBand;
    }

    public void setShowRankBand(boolean showRankBand) {
        this.showRankBand = showRankBand;
    }
}
