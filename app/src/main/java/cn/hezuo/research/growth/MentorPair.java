package cn.hezuo.research.growth;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 师徒结对 for one term: mentor, apprentice, goals, and each one's end-of-term evaluation. */
@Entity
@Table(name = "research_mentor_pair")
public class MentorPair extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "mentor_id", nullable = false)
    private Long mentorId;

    @Column(name = "apprentice_id", nullable = false)
    private Long apprenticeId;

    @Column(length = 2000)
    private String goals;

    @Column(name = "mentor_eval", length = 2000)
    private String mentorEval;

    @Column(name = "apprentice_eval", length = 2000)
    private String apprenticeEval;

    protected MentorPair() {
    }

    MentorPair(Long schoolId, Long termId, Long mentorId, Long apprenticeId, String goals) {
        this.schoolId = schoolId;
        this.termId = termId;
        this.mentorId = mentorId;
        this.apprenticeId = apprenticeId;
        this.goals = goals;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getTermId() {
        return termId;
    }

    public Long getMentorId() {
        return mentorId;
    }

    public Long getApprenticeId() {
        return apprenticeId;
    }

    public String getGoals() {
        return goals;
    }

    public String getMentorEval() {
        return mentorEval;
    }

    public String getApprenticeEval() {
        return apprenticeEval;
    }

    void setMentorEval(String mentorEval) {
        this.mentorEval = mentorEval;
    }

    void setApprenticeEval(String apprenticeEval) {
        this.apprenticeEval = apprenticeEval;
    }

    boolean involves(Long teacherId) {
        return teacherId != null && (teacherId.equals(mentorId) || teacherId.equals(apprenticeId));
    }
}
