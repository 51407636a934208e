package cn.hezuo.grouping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the teacher chooses about a grouping. Immutable; build with {@link #builder()}.
 *
 * <p>Group indices are 0-based throughout the API ({@link GroupingResult} uses the same indices);
 * messages meant for teachers number groups from 1.
 */
public final class GroupingOptions {

    private final Integer groupCount;
    private final Integer groupSize;
    private final SizeMode sizeMode;
    private final Objective objective;
    private final Map<String, Double> featureWeights;
    private final List<String> balance;
    private final TierTemplate tierTemplate;
    private final List<Set<String>> keepApart;
    private final List<Set<String>> keepTogether;
    private final Map<String, Integer> fixedGroups;
    private final boolean leaderCoverage;
    private final boolean topThirdPerFeature;
    private final Map<String, String> previousGroups;
    private final double repeatPenalty;
    private final long seed;
    private final Duration timeLimit;
    private final int threads;
    private final Integer restarts;
    private final double effort;

    private GroupingOptions(Builder b) {
        groupCount = b.groupCount;
        groupSize = b.groupSize;
        sizeMode = b.sizeMode;
        objective = b.objective;
        featureWeights = Collections.unmodifiableMap(new LinkedHashMap<>(b.featureWeights));
        balance = List.copyOf(b.balance);
        tierTemplate = b.tierTemplate;
        keepApart = b.keepApart.stream().map(Set::copyOf).toList();
        keepTogether = b.keepTogether.stream().map(Set::copyOf).toList();
        fixedGroups = Collections.unmodifiableMap(new LinkedHashMap<>(b.fixedGroups));
        leaderCoverage = b.leaderCoverage;
        topThirdPerFeature = b.topThirdPerFeature;
        previousGroups = Collections.unmodifiableMap(new LinkedHashMap<>(b.previousGroups));
        repeatPenalty = b.repeatPenalty;
        seed = b.seed;
        timeLimit = b.timeLimit;
        threads = b.threads;
        restarts = b.restarts;
        effort = b.effort;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.groupCount = groupCount;
        b.groupSize = groupSize;
        b.sizeMode = sizeMode;
        b.objective = objective;
        b.featureWeights.putAll(featureWeights);
        b.balance.addAll(balance);
        b.tierTemplate = tierTemplate;
        keepApart.forEach(s -> b.keepApart.add(new LinkedHashSet<>(s)));
        keepTogether.forEach(s -> b.keepTogether.add(new LinkedHashSet<>(s)));
        b.fixedGroups.putAll(fixedGroups);
        b.leaderCoverage = leaderCoverage;
        b.topThirdPerFeature = topThirdPerFeature;
        b.previousGroups.putAll(previousGroups);
        b.repeatPenalty = repeatPenalty;
        b.seed = seed;
        b.timeLimit = timeLimit;
        b.threads = threads;
        b.restarts = restarts;
        b.effort = effort;
        return b;
    }

    /** Requested number of groups, or {@code null} when a size was given instead. */
    public Integer groupCount() { return groupCount; }

    /** Requested group size, or {@code null} when a count was given instead. */
    public Integer groupSize() { return groupSize; }

    /** How {@link #groupSize()} becomes a group count; default {@link SizeMode#AT_MOST}. */
    public SizeMode sizeMode() { return sizeMode; }

    public Objective objective() { return objective; }

    /**
     * Features the objective uses, with weights, in order. Empty means every feature of the
     * problem with weight 1. A weight multiplies the feature's contribution to squared distances
     * (the z-score is scaled by √weight); weight 0 keeps a feature for reports and tiers only.
     */
    public Map<String, Double> featureWeights() { return featureWeights; }

    /** Categorical attributes to balance as a hard constraint (e.g. 性别). */
    public List<String> balance() { return balance; }

    /** Tier template, or {@code null}. */
    public TierTemplate tierTemplate() { return tierTemplate; }

    /** Sets of students that must be in pairwise different groups. */
    public List<Set<String>> keepApart() { return keepApart; }

    /** Sets of students that must share one group. */
    public List<Set<String>> keepTogether() { return keepTogether; }

    /** Fixed placements: student id → 0-based group index. */
    public Map<String, Integer> fixedGroups() { return fixedGroups; }

    /** Every group gets at least one leader candidate (where there are enough of them). */
    public boolean leaderCoverage() { return leaderCoverage; }

    /** Every group gets a student from the top third of each objective feature (where possible). */
    public boolean topThirdPerFeature() { return topThirdPerFeature; }

    /** Last grouping: student id → group label (any string). Empty when none. */
    public Map<String, String> previousGroups() { return previousGroups; }

    /**
     * Cost of one pair of students who were in the same group last time, in the units of the
     * objective (between-group sum of squares of z-scores for VARIANCE). Default 1.0, which in
     * practice removes repeats whenever the class is large enough to avoid them.
     */
    public double repeatPenalty() { return repeatPenalty; }

    public long seed() { return seed; }

    /**
     * Upper bound on search time, or {@code null} for automatic (2 s + 0.28 ms per student).
     * The search normally stops earlier, when it has converged.
     */
    public Duration timeLimit() { return timeLimit; }

    /** Threads used for independent restarts; the result does not depend on it. Default 1. */
    public int threads() { return threads; }

    /** Number of independent restarts, or {@code null} for automatic (more for small classes). */
    public Integer restarts() { return restarts; }

    /** Multiplier on the amount of search (default 1.0); larger is slower and at least as good. */
    public double effort() { return effort; }

    /** Builder for {@link GroupingOptions}. */
    public static final class Builder {
        private Integer groupCount;
        private Integer groupSize;
        private SizeMode sizeMode = SizeMode.AT_MOST;
        private Objective objective = Objective.VARIANCE;
        private final Map<String, Double> featureWeights = new LinkedHashMap<>();
        private final List<String> balance = new ArrayList<>();
        private TierTemplate tierTemplate;
        private final List<Set<String>> keepApart = new ArrayList<>();
        private final List<Set<String>> keepTogether = new ArrayList<>();
        private final Map<String, Integer> fixedGroups = new LinkedHashMap<>();
        private boolean leaderCoverage;
        private boolean topThirdPerFeature;
        private final Map<String, String> previousGroups = new LinkedHashMap<>();
        private double repeatPenalty = 1.0;
        private long seed;
        private Duration timeLimit;
        private int threads = 1;
        private Integer restarts;
        private double effort = 1.0;

        private Builder() {
        }

        /** Exactly {@code k} groups. */
        public Builder groupCount(int k) {
            groupCount = k;
            groupSize = null;
            return this;
        }

        /** Groups of about {@code s} students; see {@link SizeMode}. */
        public Builder groupSize(int s, SizeMode mode) {
            groupSize = s;
            sizeMode = Objects.requireNonNull(mode, "mode");
            groupCount = null;
            return this;
        }

        /** Groups of at most {@code s} students. */
        public Builder groupSize(int s) {
            return groupSize(s, SizeMode.AT_MOST);
        }

        public Builder objective(Objective o) {
            objective = Objects.requireNonNull(o, "objective");
            return this;
        }

        /** Use {@code feature} in the objective with the given weight (see {@link #featureWeights()}). */
        public Builder feature(String feature, double weight) {
            featureWeights.put(Objects.requireNonNull(feature, "feature"), weight);
            return this;
        }

        /** Use these features with weight 1. */
        public Builder features(String... features) {
            for (String f : features) {
                feature(f, 1.0);
            }
            return this;
        }

        /** Balance these categorical attributes (hard). */
        public Builder balance(String... attributes) {
            balance.addAll(List.of(attributes));
            return this;
        }

        public Builder tiers(TierTemplate template) {
            tierTemplate = template;
            return this;
        }

        /** These students must all be in different groups. */
        public Builder keepApart(String... ids) {
            keepApart.add(new LinkedHashSet<>(List.of(ids)));
            return this;
        }

        /** These students must share one group. */
        public Builder keepTogether(String... ids) {
            keepTogether.add(new LinkedHashSet<>(List.of(ids)));
            return this;
        }

        /** Put {@code id} into the group with 0-based index {@code group}. */
        public Builder fix(String id, int group) {
            fixedGroups.put(Objects.requireNonNull(id, "id"), group);
            return this;
        }

        public Builder leaderCoverage(boolean on) {
            leaderCoverage = on;
            return this;
        }

        public Builder topThirdPerFeature(boolean on) {
            topThirdPerFeature = on;
            return this;
        }

        /** Last grouping (id → group label); pairs who were together are discouraged. */
        public Builder previousGrouping(Map<String, String> idToGroup) {
            previousGroups.clear();
            previousGroups.putAll(idToGroup);
            return this;
        }

        public Builder repeatPenalty(double penalty) {
            if (!(penalty >= 0)) {
                throw new IllegalArgumentException("repeatPenalty must be >= 0");
            }
            repeatPenalty = penalty;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder timeLimit(Duration limit) {
            timeLimit = limit;
            return this;
        }

        public Builder threads(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            threads = n;
            return this;
        }

        public Builder restarts(Integer n) {
            if (n != null && n < 1) {
                throw new IllegalArgumentException("restarts must be >= 1");
            }
            restarts = n;
            return this;
        }

        public Builder effort(double e) {
            if (!(e > 0)) {
                throw new IllegalArgumentException("effort must be > 0");
            }
            effort = e;
            return this;
        }

        public GroupingOptions build() {
            return new GroupingOptions(this);
        }
    }
}
