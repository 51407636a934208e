package cn.hezuo.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The names people know each other by, for the log page, which stores actors as login names. Implemented by the
 * teacher feature ({@code teacher.DisplayNames}); an interface so that the audit trail, which every feature writes to,
 * knows no feature.
 */
public interface ActorNames {

    /** Username → the name to show, for every username given (unknown ones map to themselves). */
    Map<String, String> of(long schoolId, Collection<String> usernames);
}
