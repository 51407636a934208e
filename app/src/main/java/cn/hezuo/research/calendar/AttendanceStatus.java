package cn.hezuo.research.calendar;

/** 出席, 迟到, 请假, 缺席. Present and late count as attended. */
public enum AttendanceStatus {
    PRESENT, LATE, LEAVE, ABSENT;

    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
