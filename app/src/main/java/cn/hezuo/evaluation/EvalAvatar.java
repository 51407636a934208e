package cn.hezuo.evaluation;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's avatar: the id of a bundled picture ({@link AvatarCatalogue}), who chose it and when. */
@Entity
@Table(name = "eval_avatar")
public class EvalAvatar extends IdentifiedEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "student_id", nullable = false)
    private Long studentId;

    @Column(nullable = false, length = 8)
    private String avatar;

    @Column(name = "chosen_by", nullable = false, length = 64)
    private String chosenBy;

    @Column(name = "chosen_at", nullable = false)
    private Instant chosenAt;

    protected EvalAvatar() {
    }

    EvalAvatar(long schoolId, long studentId) {
        this.schoolId = schoolId;
        this.studentId = studentId;
    }

    void choose(String avatarId, String by, Instant at) {
        this.avatar = avatarId;
        this.chosenBy = by;
        this.chosenAt = at;
    }

    public Long getStudentId() {
        return studentId;
    }

    public String getAvatar() {
        return avatar;
    }
}
