package cn.hezuo.research.summary;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The leader's own text of a semester summary; the numbers around it are computed, never stored. */
@Entity
@Table(name = "research_summary")
class Summary extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(length = 4000)
    private String overview;

    @Column(length = 4000)
    private String achievements;

    @Column(length = 4000)
    private String problems;

    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    protected Summary() {
    }

    Summary(Long schoolId, Long groupId, Long termId) {
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.termId = termId;
    }

    void write(String overview, String achievements, String problems, String nextSteps) {
        this.overview = overview;
        this.achievements = achievements;
        this.problems = problems;
        this.nextSteps = nextSteps;
    }

    public String getOverview() {
        return overview;
    }

    public String getAchievements() {
        return achievements;
    }

    public String getProblems() {
        return problems;
    }

    public String getNextSteps() {
        return nextSteps;
    }
}
