package cn.hezuo.evaluation;

/** 学习委员 records for the whole class; a group's recorder (记录员) only for their own group. */
enum RecorderScope {
    CLASS, GROUP
}
