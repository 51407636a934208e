package cn.hezuo.school;

/** What a dated period inside a term is: a holiday (no lessons, no activities) or an exam week (lessons go on). */
public enum TermPeriodKind {
    HOLIDAY, EXAM;

    public String messageKey() {
        return "term.period.kind." + name();
    }
}
