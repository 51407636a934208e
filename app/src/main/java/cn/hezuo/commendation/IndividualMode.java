package cn.hezuo.commendation;

/** How 优秀个人 are proposed. */
enum IndividualMode {
    /** The top student of every group (several when tied). */
    PER_GROUP,
    /** The top n students of the class. */
    TOP_N
}
