package cn.hezuo.research.lessonstudy;

/** 待办 / 已完成. */
public enum StepStatus {
    OPEN, DONE
}
