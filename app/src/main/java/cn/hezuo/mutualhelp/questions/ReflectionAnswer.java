package cn.hezuo.mutualhelp.questions;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One student's 三思 for a lesson; answering again replaces it. */
@Entity
@Table(name = "mh_reflection_answer")
class ReflectionAnswer extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "reflection_id", nullable = false)
    private Long reflectionId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(nullable = false, length = 300)
    private String gains;

    @Column(length = 300)
    private String unclear;

    @Column(length = 300)
    private String plan;

    @Column(name = "question_id")
    private Long questionId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ReflectionAnswer() {
    }

    ReflectionAnswer(Long schoolId, Long reflectionId, Long studentId) {
        this.schoolId = schoolId;
        this.reflectionId = reflectionId;
        this.studentId = studentId;
    }

    void answer(String gains, String unclear, String plan, Instant at) {
        this.gains = gains;
        this.unclear = unclear;
        this.plan = plan;
        this.answeredAt = at;
    }

    void ledTo(Long questionId) {
        this.questionId = questionId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public String getGains() {
        return gains;
    }

    public String getUnclear() {
        return unclear;
    }

    public String getPlan() {
        return plan;
    }

    public Long getQuestionId() {
        return questionId;
    }
}
