package cn.hezuo.commendation;

import java.time.YearMonth;
import java.util.List;

/** 学校每月汇总通报表扬: every class's valid commendation of a month, and the classes that have none yet. */
record RollUp(YearMonth month, List<Row> rows, List<String> unconfirmed) {

    /** A confirmed class: its 优秀小组 and 优秀个人 as display labels, who confirmed and when. */
    public record Row(long classId, String className, long commendationId, int revision, List<CommendationAward> groups,
                      List<CommendationAward> students, String confirmedBy, java.time.Instant confirmedAt) {
    }
}
