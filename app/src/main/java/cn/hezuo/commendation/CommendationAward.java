package cn.hezuo.commendation;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * One 优秀小组 or 优秀个人 of a confirmed commendation, with the names and numbers as they were at confirmation
 * (a certificate must read the same after regrouping). Written once with its commendation, never changed.
 */
@Entity
@Table(name = "commendation_award")
public class CommendationAward extends IdentifiedEntity {

    @Column(name = "commendation_id", nullable = false)
    private Long commendationId;

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AwardKind kind;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "group_number")
    private Integer groupNumber;

    /** The student's name, or the group's own name (组名); null for a group without one (shown as 第n组). */
    @Column(length = 60)
    private String name;

    /** A title of the teacher's, e.g. 合作之星; null = the default (优秀小组 / 优秀个人). */
    @Column(length = 30)
    private String title;

    @Column(length = 200)
    private String note;

    @Column(nullable = false)
    private int points;

    @Column(name = "last_points", nullable = false)
    private int lastPoints;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected CommendationAward() {
    }

    CommendationAward(Long commendationId, Long schoolId, AwardKind kind, Long groupId, Long studentId,
                      Integer groupNumber, String name, String title, String note, long points, long lastPoints,
                      int sortOrder) {
        this.commendationId = commendationId;
        this.schoolId = schoolId;
        this.kind = kind;
        this.groupId = groupId;
        this.studentId = studentId;
        this.groupNumber = groupNumber;
        this.name = name;
        this.title = title;
        this.note = note;
        this.points = (int) points;
        this.lastPoints = (int) lastPoints;
        this.sortOrder = sortOrder;
    }

    public Long getCommendationId() {
        return commendationId;
    }

    public AwardKind getKind() {
        return kind;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Integer getGroupNumber() {
        return groupNumber;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getNote() {
        return note;
    }

    public int getPoints() {
        return points;
    }

    public int getLastPoints() {
        return lastPoints;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
