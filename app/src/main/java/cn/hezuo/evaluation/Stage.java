package cn.hezuo.evaluation;

/** The stage of a cooperative lesson (or class life) an evaluation item belongs to; reports group by it. */
public enum Stage {
    SELF_STUDY, COOPERATION, PRESENTATION, LEARNING_RESULT, DISCIPLINE, HOMEWORK
}
