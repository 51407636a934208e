package cn.hezuo.research.observation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A lesson to be observed: who teaches what to which class, and what the observers look at. */
@Entity
@Table(name = "research_obs_lesson")
public class ObservedLesson extends BaseEntity {

    /** 实验课 / 对照课, or neither. */
    public enum Label { EXPERIMENTAL, CONTROL }

    @Column(name = "school_id", nullable = false)
    private Long schoolId;
    @Column(name = "group_id", nullable = false)
    private Long groupId;
    @Column(name = "organiser_id", nullable = false)
    private Long organiserId;
    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;
    @Column(name = "class_id")
    private Long classId;
    @Column(name = "class_text", length = 60)
    private String classText;
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;
    @Column(nullable = false, length = 200)
    private String topic;
    @Column(name = "lesson_date", nullable = false)
    private LocalDate lessonDate;
    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "teaching_no")
    private Integer teachingNo;
    @Column(name = "pair_key", length = 40)
    private String pairKey;
    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Label label;
    @Column(length = 200)
    private String method;
    @Column(nullable = false, length = 200)
    private String dimensions;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ObservedLesson() {
    }

    ObservedLesson(Long schoolId, Long groupId, Long organiserId, Instant createdAt) {
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.organiserId = organiserId;
        this.createdAt = createdAt;
    }

    void describe(LessonForm form, Long classId, String classText) {
        this.teacherId = form.teacherId();
        this.classId = classId;
        this.classText = classText;
        this.subjectId = form.subjectId();
        this.topic = form.topic().strip();
        this.lessonDate = form.lessonDate();
        this.plannedMinutes = form.plannedMinutes();
        this.caseId = form.caseId();
        this.teachingNo = form.teachingNo();
        this.pairKey = blankToNull(form.pairKey());
        this.label = form.label();
        this.method = blankToNull(form.method());
        this.dimensions = String.join(",", form.dimensions() == null ? List.of() : form.dimensions());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getSchoolId() { return schoolId; }
    public Long getGroupId() { return groupId; }
    public Long getOrganiserId() { return organiserId; }
    public Long getTeacherId() { return teacherId; }
    public Long getClassId() { return classId; }
    public String getClassText() { return classText; }
    public Long getSubjectId() { return subjectId; }
    public String getTopic() { return topic; }
    public LocalDate getLessonDate() { return lessonDate; }
    public int getPlannedMinutes() { return plannedMinutes; }
    public Long getCaseId() { return caseId; }
    public Integer getTeachingNo() { return teachingNo; }
    public String getPairKey() { return pairKey; }
    public Label getLabel() { return label; }
    public String getMethod() { return method; }
    public Instant getCreatedAt() { return createdAt; }

    /** The 观课维度 picked, as codes of {@link FocusPoint}. */
    public List<String> getDimensionList() {
        return dimensions == null || dimensions.isBlank() ? List.of() : Arrays.asList(dimensions.split(","));
    }
}
