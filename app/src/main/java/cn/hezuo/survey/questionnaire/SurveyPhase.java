package cn.hezuo.survey.questionnaire;

/** 前测 (before an intervention), 后测 (the same questionnaire after it), or a survey given once. */
public enum SurveyPhase {
    ONCE, PRE, POST
}
