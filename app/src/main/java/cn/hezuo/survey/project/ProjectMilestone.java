package cn.hezuo.survey.project;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A dated milestone of one stage of a 课题 (e.g. 实施 · 2026-11-20 · 后测问卷). */
@Entity
@Table(name = "survey_project_milestone")
public class ProjectMilestone extends IdentifiedEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectStage stage;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(nullable = false)
    private boolean done;

    protected ProjectMilestone() {
    }

    public ProjectMilestone(Long projectId, ProjectStage stage, LocalDate dueOn, String title, boolean done) {
        this.projectId = projectId;
        this.stage = stage;
        this.dueOn = dueOn;
        this.title = title;
        this.done = done;
    }

    void toggle() {
        done = !done;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getTitle() {
        return title;
    }

    public boolean isDone() {
        return done;
    }
}
