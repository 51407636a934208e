package cn.hezuo.survey.project;

/** 准备 / 实施 / 总结. */
public enum ProjectStage { PREPARE, IMPLEMENT, CONCLUDE }
