package cn.hezuo.research.lessonstudy;

/** A member's job in a case: 主备, 观课, 记录, 摄像, 评课. */
public enum CaseRole {
    MAIN_PREPARER, OBSERVER, RECORDER, CAMERA, REVIEWER
}
