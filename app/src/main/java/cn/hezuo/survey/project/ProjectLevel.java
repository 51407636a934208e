package cn.hezuo.survey.project;

/** 校级 / 区级 / 市级. */
public enum ProjectLevel { SCHOOL, DISTRICT, CITY }
