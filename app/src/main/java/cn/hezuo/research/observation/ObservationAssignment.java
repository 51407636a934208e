package cn.hezuo.research.observation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** 观课分工: one observer of a lesson, the 观察点 they watch, and the 观课报告 they write on top of the data. */
@Entity
@Table(name = "research_obs_observer")
public class ObservationAssignment extends BaseEntity {

    @Column(name = "lesson_id", nullable = false)
    private Long lessonId;
    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;
    @Column(nullable = false, length = 200)
    private String focus;
    @Column(name = "report_text", length = 4000)
    private String reportText;

    protected ObservationAssignment() {
    }

    ObservationAssignment(Long lessonId, Long teacherId, List<FocusPoint> focus) {
        this.lessonId = lessonId;
        this.teacherId = teacherId;
        setFocus(focus);
    }

    void setFocus(List<FocusPoint> points) {
        this.focus = String.join(",", points.stream().map(Enum::name).toList());
    }

    void setReportText(String text) {
        this.reportText = text == null || text.isBlank() ? null : text.strip();
    }

    public Long getLessonId() { return lessonId; }
    public Long getTeacherId() { return teacherId; }
    public String getReportText() { return reportText; }

    public List<String> getFocusList() {
        return focus == null || focus.isBlank() ? List.of() : Arrays.asList(focus.split(","));
    }
}
