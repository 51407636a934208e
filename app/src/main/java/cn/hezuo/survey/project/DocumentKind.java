package cn.hezuo.survey.project;

/** 方案 / 中期报告 / 论文 (and anything else the teachers file). */
public enum DocumentKind { PLAN, MIDTERM, PAPER, OTHER }
