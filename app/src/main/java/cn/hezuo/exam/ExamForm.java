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
        @NotBlank(message = "{validation.exam.name.notBlank}") @Size(max = 60, message = "{validation.exam.name.size}") String name,
        @NotNull(message = "{validation.exam.subjectId.notNull}") Long subjectId,
        Long termId,
        @NotNull(message = "{validation.exam.examDate.notNull}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate examDate,
        List<Long> classIds,
        Boolean totalOnly,
        @DecimalMin(value = "1", message = "{validation.exam.fullMarks.decimalMin}") @DecimalMax(value = "1000", message = "{validation.exam.fullMarks.decimalMax}") BigDecimal fullMarks,
        @Min(value = 0, message = "{validation.exam.objectiveCount.min}") @Max(value = 100, message = "{validation.exam.objectiveCount.max}") Integer objectiveCount,
        @DecimalMin(value = "0.5", message = "{validation.exam.objectivePoints.decimalMin}") @DecimalMax(value = "100", message = "{validation.exam.objectivePoints.decimalMax}") BigDecimal objectivePoints,
        @Min(value = 0, message = "{validation.exam.subjectiveCount.min}") @Max(value = 100, message = "{validation.exam.subjectiveCount.max}") Integer subjectiveCount,
        @DecimalMin(value = "0.5", message = "{validation.exam.subjectivePoints.decimalMin}") @DecimalMax(value = "200", message = "{validation.exam.subjectivePoints.decimalMax}") BigDecimal subjectivePoints,
        @NotNull(message = "{validation.exam.passPercent.notNull}") @DecimalMin(value = "0", message = "{validation.exam.passPercent.decimalMin}") @DecimalMax(value = "100", message = "{validation.exam.passPercent.decimalMax}") BigDecimal passPercent,
        @NotNull(message = "{validation.exam.excellentPercent.notNull}") @DecimalMin(value = "0", message = "{validation.exam.excellentPercent.decimalMin}") @DecimalMax(value = "100", message = "{validation.exam.excellentPercent.decimalMax}") BigDecimal excellentPercent,
        @NotNull(message = "{validation.exam.lowPercent.notNull}") @DecimalMin(value = "0", message = "{validation.exam.lowPercent.decimalMin}") @DecimalMax(value = "100", message = "{validation.exam.lowPercent.decimalMax}") BigDecimal lowPercent,
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
