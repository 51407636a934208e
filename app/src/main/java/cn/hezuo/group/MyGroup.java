package cn.hezuo.group;

import java.util.List;

/**
 * What a student may see of their group: its number, name, motto and members with member numbers.
 * Deliberately no scores, tiers or ranks (policy for minors' data).
 */
public record MyGroup(String planName, int number, String name, String motto, int myNumber, List<Mate> members) {

    public record Mate(int memberNo, String name, boolean me) {
    }
}
