package cn.hezuo.research.lessonstudy;

/** What a case file is: 会议记录, 反思, 观课报告, 课堂录像, 总结, 其他, or a draft's uploaded original. */
public enum FileKind {
    MINUTES, REFLECTION, REPORT, VIDEO, SUMMARY, OTHER, DRAFT
}
