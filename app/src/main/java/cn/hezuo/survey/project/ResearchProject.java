package cn.hezuo.survey.project;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A 课题: title, level, members (teacher ids), classes with their role ({@code E} 实验班, {@code C} 对照班), the
 * period, and the teacher's own text of the report (研究方式, 反思展望); the 实施效果 part is computed.
 */
@Entity
@Table(name = "survey_project")
public class ResearchProject extends BaseEntity {

    static final String EXPERIMENT = "E";
    static final String CONTROL = "C";

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProjectLevel level;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "method_text", length = 4000)
    private String methodText;

    @Column(length = 4000)
    private String reflection;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_project_member", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "teacher_id", nullable = false)
    private Set<Long> memberIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_project_class", joinColumns = @JoinColumn(name = "project_id"))
    @MapKeyColumn(name = "class_id")
    @Column(name = "role", nullable = false, length = 1)
    private Map<Long, String> classRoles = new TreeMap<>();

    protected ResearchProject() {
    }

    public ResearchProject(Long schoolId, String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void update(String title, ProjectLevel level, LocalDate startsOn, LocalDate endsOn, Set<Long> memberIds,
                Set<Long> experimentClassIds, Set<Long> controlClassIds) {
        this.title = title;
        this.level = level;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
        this.classRoles.clear();
        experimentClassIds.forEach(id -> classRoles.put(id, EXPERIMENT));
        controlClassIds.forEach(id -> classRoles.put(id, CONTROL));
    }

    void updateReport(String methodText, String reflection) {
        this.methodText = methodText;
        this.reflection = reflection;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getTitle() {
        return title;
    }

    public ProjectLevel getLevel() {
        return level;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getMethodText() {
        return methodText;
    }

    public String getReflection() {
        return reflection;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }

    public Set<Long> getExperimentClassIds() {
        return role(EXPERIMENT);
    }

    public Set<Long> getControlClassIds() {
        return role(CONTROL);
    }

    public Set<Long> getClassIds() {
        return new TreeSet<>(classRoles.keySet());
    }

    private Set<Long> role(String role) {
        Set<Long> ids = new TreeSet<>();
        classRoles.forEach((id, r) -> {
            if (r.equals(role)) {
                ids.add(id);
            }
        });
        return ids;
    }
}
