package cn.hezuo.peereval;

public enum RoundStatus { OPEN, CLOSED }
