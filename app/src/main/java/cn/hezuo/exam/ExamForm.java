package cn.hezuo.exam;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An exam's settings. On creation the item counts lay out a first set of items (objective items first, numbered
 * 1, 2, …) that the items page then refines; a total-only exam gives its full marks instead.
 */
public record ExamForm(
        @NotBlank @Size(max = 60) String name,
        @NotNull Long subjectId,
        Long termId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examDate,
        List<Long> classIds,
        Boolean totalOnly,
        @DecimalMin("1") @DecimalMax("1000") BigDecimal fullMarks,
        @Min(0) @Max(100) Integer objectiveCount,
        @DecimalMin("0.5") @DecimalMax("100") BigDecimal objectivePoints,
        @Min(0) @Max(100) Integer subjectiveCount,
        @DecimalMin("0.5") @DecimalMax("200") BigDecimal subjectivePoints,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal passPercent,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal excellentPercent,
        @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal lowPercent,
        Integer version) {

    public static ExamForm blank(LocalDate today, Long termId) {
        // 12 × 3 + 12 × 7 = 120, the usual full marks of a 数学 paper; the items page refines it.
        return new ExamForm("", null, termId, today, List.of(), false, null, 12, BigDecimal.valueOf(3), 12,
                BigDecimal.valueOf(7), Exam.DEFAULT_PASS, Exam.DEFAULT_EXCELLENT, Exam.DEFAULT_LOW, null);
    }

    public static ExamForm of(Exam exam, List<Long> classIds) {
        return new ExamForm(exam.getName(), exam.getSubjectId(), exam.getTermId(), exam.getExamDate(), classIds,
                exam.isTotalOnly(), exam.getFullMarks(), null, null, null, null, exam.getPassPercent(),
                exam.getExcellentPercent(), exam.getLowPercent(), exam.getVersion());
    }

    public boolean isTotalOnly() {
        return Boolean.TRUE.equals(totalOnly);
    }

    public List<Long> classIdList() {
        return classIds == null ? List.of() : classIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
