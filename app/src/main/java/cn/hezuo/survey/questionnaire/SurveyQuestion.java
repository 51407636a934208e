package cn.hezuo.survey.questionnaire;

import cn.hezuo.system.IdentifiedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** One question of a survey; its options are stored one per line, in scale order for Likert and rating questions. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends IdentifiedEntity {

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(length = 60)
    private String section;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private QuestionKind kind;

    @Column(nullable = false, length = 200)
    private String prompt;

    @Column(nullable = false, length = 1000)
    private String choices;

    @Column(name = "bank_code", length = 40)
    private String bankCode;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(Long surveyId, int sortOrder, String section, QuestionKind kind, String prompt,
                          List<String> options, String bankCode) {
        this.surveyId = surveyId;
        this.sortOrder = sortOrder;
        this.section = section;
        this.kind = kind;
        this.prompt = prompt;
        this.choices = String.join("\n", options);
        this.bankCode = bankCode;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getSection() {
        return section;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public List<String> getOptions() {
        return choices.isEmpty() ? List.of() : Arrays.asList(choices.split("\n"));
    }

    public String getBankCode() {
        return bankCode;
    }
}
