package cn.hezuo.peereval;

enum RoundStatus { OPEN, CLOSED }
