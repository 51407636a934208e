package cn.hezuo.research.calendar;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** 教研组工作计划 of one group for one term: 指导思想, 工作目标, 研讨主题, 主要措施; members see it once published. */
@Entity
@Table(name = "research_plan")
public class ResearchPlan extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "group_id", nullable = false)
    private Long groupId;

    @Column(name = "term_id", nullable = false)
    private Long termId;

    @Column(name = "guiding_idea", length = 4000)
    private String guidingIdea;

    @Column(length = 4000)
    private String goals;

    @Column(length = 200)
    private String theme;

    @Column(length = 4000)
    private String measures;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ResearchPlan() {
    }

    ResearchPlan(Long schoolId, Long groupId, Long termId) {
        this.schoolId = schoolId;
        this.groupId = groupId;
        this.termId = termId;
    }

    void describe(String guidingIdea, String goals, String theme, String measures) {
        this.guidingIdea = guidingIdea;
        this.goals = goals;
        this.theme = theme;
        this.measures = measures;
    }

    void publish(Instant when) {
        this.publishedAt = when;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getTermId() {
        return termId;
    }

    public String getGuidingIdea() {
        return guidingIdea;
    }

    public String getGoals() {
        return goals;
    }

    public String getTheme() {
        return theme;
    }

    public String getMeasures() {
        return measures;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }
}
