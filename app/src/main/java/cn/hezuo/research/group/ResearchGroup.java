package cn.hezuo.research.group;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A 教研组 or 备课组 of a school with its leader (教研组长 / 备课组长); members are {@link ResearchMember}s. */
@Entity
@Table(name = "research_group")
public class ResearchGroup extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GroupKind kind;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "grade_id")
    private Long gradeId;

    @Column(name = "leader_id")
    private Long leaderId;

    @Column(name = "listen_minimum")
    private Integer listenMinimum;

    @Column(nullable = false)
    private boolean active = true;

    protected ResearchGroup() {
    }

    ResearchGroup(Long schoolId, GroupKind kind, String name, Long subjectId, Long gradeId, Long leaderId,
                  Integer listenMinimum) {
        this.schoolId = schoolId;
        this.kind = kind;
        update(name, subjectId, gradeId, leaderId, listenMinimum);
    }

    void update(String name, Long subjectId, Long gradeId, Long leaderId, Integer listenMinimum) {
        this.name = name;
        this.subjectId = subjectId;
        this.gradeId = kind == GroupKind.PREPARATION ? gradeId : null;
        this.leaderId = leaderId;
        this.listenMinimum = listenMinimum;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public GroupKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getGradeId() {
        return gradeId;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public Integer getListenMinimum() {
        return listenMinimum;
    }

    public boolean isActive() {
        return active;
    }
}
