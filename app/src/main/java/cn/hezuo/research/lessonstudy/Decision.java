package cn.hezuo.research.lessonstudy;

/** The 执教人's answer to a comment: 采纳 or 不采纳 (with a reason). */
public enum Decision {
    ADOPTED, NOT_ADOPTED
}
