package cn.hezuo.family;

/**
 * Where a school would plug in a push channel (WeChat 公众号 template messages, SMS). Hezuo sends nothing itself: the
 * default does nothing and parents read everything on their pages. See docs/families.md for how to connect one.
 */
public interface FamilyNotifier {

    /** A notice was posted for a class; {@code parentAccountIds} are the class's parents' accounts. */
    void noticePosted(long classId, String title, java.util.List<Long> parentAccountIds);
}
