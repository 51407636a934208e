package cn.hezuo.group.roles;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** The role scheme a class chose, its rotating roles and period, and whether leader nominations are open. */
@Entity
@Table(name = "role_scheme")
public class RoleScheme extends BaseEntity {

    /**
     * The usual five functional roles, stored as data in the school's language (like plan names): the teacher
     * edits the list, so it is not UI text.
     */
    public static final List<String> DEFAULT_ROLES = List.of("组织者", "记录员", "汇报员", "总结员", "评价员");

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SchemeKind kind = SchemeKind.ROTATING;

    @Column(nullable = false, length = 300)
    private String roles = String.join("|", DEFAULT_ROLES);

    @Column(name = "period_weeks", nullable = false)
    private int periodWeeks = 1;

    @Column(name = "nominations_open", nullable = false)
    private boolean nominationsOpen;

    protected RoleScheme() {
    }

    public RoleScheme(Long schoolId, Long classId) {
        this.schoolId = schoolId;
        this.classId = classId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public SchemeKind getKind() {
        return kind;
    }

    public List<String> getRoleList() {
        return Arrays.stream(roles.split("\\|")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public int getPeriodWeeks() {
        return periodWeeks;
    }

    public boolean isNominationsOpen() {
        return nominationsOpen;
    }

    public void setNominationsOpen(boolean nominationsOpen) {
        this.nominationsOpen = nominationsOpen;
    }

    public void update(SchemeKind kind, List<String> roles, int periodWeeks) {
        this.kind = kind;
        this.roles = String.join("|", roles);
        this.periodWeeks = periodWeeks;
    }
}
