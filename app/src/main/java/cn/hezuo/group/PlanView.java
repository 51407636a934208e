package cn.hezuo.group;

import cn.hezuo.grouping.ConstraintCheck;
import cn.hezuo.grouping.FeatureBalance;
import java.util.List;

/**
 * A plan as the teacher's preview shows it: groups as cards, the balance numbers, every rule with
 * ✓/✗, and chart data (JSON for static/js/grouping.js). Teacher-only: it carries tiers and scores.
 */
record PlanView(GroupPlan plan, GroupingForm settings, List<GroupCard> groups, List<String> subjects,
                       List<FeatureBalance> balance, double maxMeanGapSd, List<RuleLine> rules,
                       List<String> notices, String chartJson) {

    /** One member on a card. {@code tier} is 1 (top) … n, or 0 without tiers. */
    public record MemberCard(long studentId, int memberNo, String name, String gender, int tier, boolean locked,
                             boolean leaderCandidate) {
    }

    public record GroupCard(int number, String name, List<MemberCard> members, List<Double> means) {
    }

    /** A rule checked on the current grouping, with its text in the user's language. */
    public record RuleLine(String key, boolean satisfied, String text) {
    }

    public boolean allRulesHold() {
        return rules.stream().allMatch(RuleLine::satisfied);
    }

    static RuleLine line(ConstraintCheck check, String text) {
        return new RuleLine(check.key(), check.satisfied(), text);
    }
}
