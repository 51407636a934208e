package cn.hezuo.survey.questionnaire;

/** What a question asks for. Likert and rating questions are ordinal: their options are in scale order. */
public enum QuestionKind {
    SINGLE, MULTIPLE, LIKERT, RATING, TEXT;

    public boolean isOrdinal() {
        return this == LIKERT || this == RATING;
    }

    public boolean hasOptions() {
        return this != TEXT;
    }
}
