package cn.hezuo.commendation;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One confirmed revision of a class's commendation for a month. Never edited: reopening means confirming a new
 * revision, and the newest revision is the valid one.
 */
@Entity
@Table(name = "commendation")
public class Commendation extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "class_id", nullable = false)
    private Long classId;

    /** yyyy-MM ("month" is a reserved word in H2) */
    @Column(name = "award_month", nullable = false, length = 7)
    private String month;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 200)
    private String criteria;

    @Column(name = "group_count", nullable = false)
    private int groupCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "individual_mode", nullable = false, length = 10)
    private IndividualMode individualMode;

    @Column(name = "individual_count", nullable = false)
    private int individualCount;

    @Column(name = "confirmed_by", nullable = false, length = 64)
    private String confirmedBy;

    @Column(name = "confirmed_by_name", nullable = false, length = 60)
    private String confirmedByName;

    @Column(name = "confirmed_at", nullable = false)
    private Instant confirmedAt;

    protected Commendation() {
    }

    Commendation(Long schoolId, Long classId, YearMonth month, int revision, ProposalSettings settings,
                 String confirmedBy, String confirmedByName, Instant confirmedAt) {
        this.schoolId = schoolId;
        this.classId = classId;
        this.month = month.toString();
        this.revision = revision;
        this.criteria = settings.criteriaText();
        this.groupCount = settings.groupCount();
        this.individualMode = settings.individualMode();
        this.individualCount = settings.individualCount();
        this.confirmedBy = confirmedBy;
        this.confirmedByName = confirmedByName;
        this.confirmedAt = confirmedAt;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getClassId() {
        return classId;
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public int getRevision() {
        return revision;
    }

    public String getCriteria() {
        return criteria;
    }

    public ProposalSettings settings() {
        return new ProposalSettings(ProposalSettings.parseCriteria(criteria), groupCount, individualMode,
                individualCount);
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public String getConfirmedByName() {
        return confirmedByName;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
