package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A lesson entry (学案) a teacher opens for questions: class, subject, title and one deadline per role. The deadlines
 * are shown, not enforced between stages: a late stage never blocks the next (the teacher may always read raw
 * questions), and only the lesson's start closes asking.
 */
@Entity
@Table(name = "mh_lesson")
class Lesson extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(name = "ask_due", nullable = false)
    private Instant askDue;

    @Column(name = "group_due", nullable = false)
    private Instant groupDue;

    @Column(name = "class_due", nullable = false)
    private Instant classDue;

    @Column(name = "lesson_at", nullable = false)
    private Instant lessonAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "class_submitted_by")
    private Long classSubmittedBy;

    @Column(name = "class_submitted_at")
    private Instant classSubmittedAt;

    protected Lesson() {
    }

    Lesson(Long schoolId, Long classId, Long subjectId, String title, Deadlines deadlines, String createdBy,
           Instant createdAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.subjectId = subjectId;
        this.title = title;
        this.askDue = deadlines.askDue();
        this.groupDue = deadlines.groupDue();
        this.classDue = deadlines.classDue();
        this.lessonAt = deadlines.lessonAt();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The four times of a lesson entry, in the order they must come. */
    record Deadlines(Instant askDue, Instant groupDue, Instant classDue, Instant lessonAt) {
        boolean inOrder() {
            return !askDue.isAfter(groupDue) && !groupDue.isAfter(classDue) && !classDue.isAfter(lessonAt);
        }
    }

    void classSubmitted(long studentId, Instant at) {
        this.classSubmittedBy = studentId;
        this.classSubmittedAt = at;
    }

    boolean hasStarted(Instant now) {
        return !now.isBefore(lessonAt);
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getAskDue() {
        return askDue;
    }

    public Instant getGroupDue() {
        return groupDue;
    }

    public Instant getClassDue() {
        return classDue;
    }

    public Instant getLessonAt() {
        return lessonAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Long getClassSubmittedBy() {
        return classSubmittedBy;
    }

    public Instant getClassSubmittedAt() {
        return classSubmittedAt;
    }
}
