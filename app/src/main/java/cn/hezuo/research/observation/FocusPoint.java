package cn.hezuo.research.observation;

/** 观察点 / 观课维度: what an observer watches. */
public enum FocusPoint { QUESTIONING, PARTICIPATION, COOPERATION, TIME, EXERCISES }
