package cn.hezuo.evaluation;

/** Praise (表扬) or needs improvement (待改进); a needs-improvement item may still be worth 0 points. */
public enum ItemKind {
    PRAISE, IMPROVE
}
