package cn.hezuo.survey.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A new questionnaire: title, anonymity, window, classes and the bank questions chosen (a 后测 copies its 前测). */
public record SurveyForm(
        @NotBlank(message = "{validation.surveyForm.title.notBlank}")
        @Size(max = 80, message = "{validation.surveyForm.title.size}") String title,
        boolean anonymous,
        @NotNull(message = "{validation.surveyForm.phase.notNull}") SurveyPhase phase,
        Long preId,
        @NotNull(message = "{validation.surveyForm.opensOn.notNull}") LocalDate opensOn,
        @NotNull(message = "{validation.surveyForm.closesOn.notNull}") LocalDate closesOn,
        @NotEmpty(message = "{validation.surveyForm.classIds.notEmpty}") List<Long> classIds,
        List<String> bankCodes) {
}
