package cn.hezuo.group;

import java.util.Collection;
import java.util.Map;

/**
 * Students' faces for the group's own pages (the seating chart): the avatar a student picked, or coloured initials.
 * Avatars are stored by {@code evaluation} (which sits above {@code group} in the module map), so {@code group} asks
 * through this interface and {@code evaluation.Avatars} answers it — no edge from group up to evaluation.
 */
public interface StudentFaces {

    /** Student id → the picture's path under the app's root (e.g. {@code /img/avatars/a07.svg}) for those with one. */
    Map<Long, String> avatarPaths(Collection<Long> studentIds);

    /** The background colour of a student's initial when they have no avatar. */
    String initialColour(long studentId);
}
