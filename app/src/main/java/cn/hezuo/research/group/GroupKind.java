package cn.hezuo.research.group;

/** 教研组 (one subject, all grades) or 备课组 (one subject in one grade). */
public enum GroupKind {
    RESEARCH, PREPARATION
}
