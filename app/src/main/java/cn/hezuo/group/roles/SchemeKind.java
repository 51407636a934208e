package cn.hezuo.group.roles;

/** ROTATING: functional roles rotate every period; LEADERSHIP: 行政组长, 学科组长 per subject, 协调记录组长. */
public enum SchemeKind {
    ROTATING, LEADERSHIP
}
