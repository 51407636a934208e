package cn.hezuo.survey.questionnaire;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A teacher's own question: its section, kind, prompt, the number of points of a Likert or rating scale, and the
 * options (or a Likert scale's labels) one per line, in scale order.
 */
public record QuestionForm(
        @Size(max = 60, message = "{validation.questionForm.section.size}") String section,
        @NotNull(message = "{validation.questionForm.kind.notNull}") QuestionKind kind,
        @NotBlank(message = "{validation.questionForm.prompt.notBlank}")
        @Size(max = 200, message = "{validation.questionForm.prompt.size}") String prompt,
        Integer points,
        @Size(max = 900, message = "{validation.questionForm.options.size}") String options) {
}
