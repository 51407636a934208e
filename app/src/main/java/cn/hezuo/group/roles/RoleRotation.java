package cn.hezuo.group.roles;

import java.util.ArrayList;
import java.util.List;

/**
 * Rotating functional roles (组织者/记录员/汇报员/总结员/评价员…) inside one group. Pure and deterministic.
 *
 * <p>Members are taken in member-number order. Period {@code k} = (week − 1) / periodWeeks. With n members and r
 * roles: when n ≥ r, slot (i + k) mod n goes to member i, slots ≥ r being the plain member (组员); when n &lt; r,
 * role j goes to member (j + k) mod n, so some members hold two roles. Either way a full cycle is n periods and
 * in it every member holds every role exactly once — "about equally" made exact.
 */
public final class RoleRotation {

    private RoleRotation() {
    }

    /** Number of periods after which the rotation repeats for a group of this size. */
    public static int cycleLength(int memberCount) {
        return Math.max(1, memberCount);
    }

    /** The period a term week belongs to (0-based); weeks before the term count as period 0. */
    public static int period(int week, int periodWeeks) {
        if (periodWeeks < 1) {
            throw new IllegalArgumentException("period must be at least one week");
        }
        return Math.max(0, week - 1) / periodWeeks;
    }

    /**
     * The roles of each member (same order as given) in a period: an empty list means 组员 (no special role).
     */
    public static List<List<String>> assign(int memberCount, List<String> roles, int period) {
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            result.add(new ArrayList<>());
        }
        if (memberCount == 0) {
            return result;
        }
        if (memberCount >= roles.size()) {
            for (int i = 0; i < memberCount; i++) {
                int slot = Math.floorMod(i + period, memberCount);
                if (slot < roles.size()) {
                    result.get(i).add(roles.get(slot));
                }
            }
        } else {
            for (int j = 0; j < roles.size(); j++) {
                int member = Math.floorMod(j - period, memberCount);
                result.get(member).add(roles.get(j));
            }
        }
        return result;
    }
}
