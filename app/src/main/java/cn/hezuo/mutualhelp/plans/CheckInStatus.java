package cn.hezuo.mutualhelp.plans;

/** How a week or a goal went: 达成 / 部分达成 / 未达成 (labels {@code mutualhelp.status.*}). */
enum CheckInStatus {
    ACHIEVED, PARTLY, MISSED
}
