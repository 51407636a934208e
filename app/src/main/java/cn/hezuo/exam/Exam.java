package cn.hezuo.exam;

import cn.hezuo.exam.stats.ExamLines;
import cn.hezuo.system.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An exam (考试) of one subject sat by one or more classes. Full marks are the sum of the item maxima, or given
 * directly for a total-only exam (no item scores). The pass / excellent / low lines are percentages of full marks.
 */
@Entity
@Table(name = "exam")
public class Exam extends BaseEntity {

    public static final BigDecimal DEFAULT_PASS = BigDecimal.valueOf(60);
    public static final BigDecimal DEFAULT_EXCELLENT = BigDecimal.valueOf(85);
    public static final BigDecimal DEFAULT_LOW = BigDecimal.valueOf(40);

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "term_id")
    private Long termId;

    @Column(name = "exam_date", nullable = false)
    private LocalDate examDate;

    @Column(name = "total_only", nullable = false)
    private boolean totalOnly;

    @Column(name = "full_marks", nullable = false, precision = 6, scale = 1)
    private BigDecimal fullMarks;

    @Column(name = "pass_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal passPercent = DEFAULT_PASS;

    @Column(name = "excellent_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal excellentPercent = DEFAULT_EXCELLENT;

    @Column(name = "low_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal lowPercent = DEFAULT_LOW;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Exam() {
    }

    public Exam(Long schoolId, String name, Long subjectId, Long termId, LocalDate examDate, boolean totalOnly,
                BigDecimal fullMarks, String createdBy, Instant createdAt) {
        this.schoolId = schoolId;
        this.subjectId = subjectId;
        this.totalOnly = totalOnly;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        rename(name, termId, examDate);
        setFullMarks(fullMarks);
    }

    public void rename(String name, Long termId, LocalDate examDate) {
        this.name = name;
        this.termId = termId;
        this.examDate = examDate;
    }

    public void setLines(BigDecimal pass, BigDecimal excellent, BigDecimal low) {
        this.passPercent = pass;
        this.excellentPercent = excellent;
        this.lowPercent = low;
    }

    /** The lines as the statistics core takes them: fractions of full marks. */
    public ExamLines lines() {
        return new ExamLines(fullMarks.doubleValue(), ratio(passPercent), ratio(excellentPercent), ratio(lowPercent));
    }

    private static double ratio(BigDecimal percent) {
        return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).doubleValue();
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getName() {
        return name;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getTermId() {
        return termId;
    }

    public LocalDate getExamDate() {
        return examDate;
    }

    public boolean isTotalOnly() {
        return totalOnly;
    }

    public BigDecimal getFullMarks() {
        return fullMarks;
    }

    public void setFullMarks(BigDecimal fullMarks) {
        this.fullMarks = fullMarks.setScale(1, RoundingMode.HALF_UP);
    }

    public BigDecimal getPassPercent() {
        return passPercent;
    }

    public BigDecimal getExcellentPercent() {
        return excellentPercent;
    }

    public BigDecimal getLowPercent() {
        return lowPercent;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
