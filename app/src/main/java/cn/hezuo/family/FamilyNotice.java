package cn.hezuo.family;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A class notice (班级通知) the head teacher posts; the class's parents and students read it. */
@Entity
@Table(name = "family_notice")
public class FamilyNotice extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Column(nullable = false, length = 60)
    private String title;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "posted_by", nullable = false, length = 64)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "edited_by", length = 64)
    private String editedBy;

    protected FamilyNotice() {
    }

    FamilyNotice(Long schoolId, Long classId, String title, String body, String postedBy, Instant postedAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.title = title;
        this.body = body;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    void edit(String title, String body, String username, Instant at) {
        this.title = title;
        this.body = body;
        this.editedBy = username;
        this.editedAt = at;
    }

    public Long getClassId() {
        return classId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }
}
