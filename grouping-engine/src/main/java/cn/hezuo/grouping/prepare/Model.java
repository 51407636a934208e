package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.Objective;

import java.util.List;

/**
 * The compiled problem: students are numbered 0..n-1 in roster order, groups 0..k-1. Internal;
 * arrays are shared, not copied, and must not be modified.
 */
public final class Model {

    private final String[] ids;
    private final int[] sizes;
    private final Features features;
    private final Objective objective;
    private final CountRule[] rules;
    private final int[] classOf;
    private final int classCount;
    private final int[] fixedGroup;
    private final int[][] units;
    private final int[] unitOf;
    private final int[][] apart;
    private final int[] previousLabel;
    /** Cached: the enumeration of small classes asks once per candidate group. */
    private final boolean hasPrevious;
    private final double repeatPenalty;
    private final boolean[] leader;
    private final List<String> featureNames;
    private final String[] reportAttributes;
    private final String[][] reportValues;
    private final TierPlan tierPlan;
    private final List<Notice> notices;
    private final GroupingOptions options;

    Model(String[] ids, int[] sizes, Features features, Objective objective, CountRule[] rules, int[] classOf,
          int classCount, int[] fixedGroup, int[][] units, int[] unitOf, int[][] apart, int[] previousLabel,
          double repeatPenalty, boolean[] leader, List<String> featureNames, String[] reportAttributes,
          String[][] reportValues, TierPlan tierPlan, List<Notice> notices, GroupingOptions options) {
        this.ids = ids;
        this.sizes = sizes;
        this.features = features;
        this.objective = objective;
        this.rules = rules;
        this.classOf = classOf;
        this.classCount = classCount;
        this.fixedGroup = fixedGroup;
        this.units = units;
        this.unitOf = unitOf;
        this.apart = apart;
        this.previousLabel = previousLabel;
        this.hasPrevious = java.util.Arrays.stream(previousLabel).anyMatch(p -> p >= 0);
        this.repeatPenalty = repeatPenalty;
        this.leader = leader;
        this.featureNames = featureNames;
        this.reportAttributes = reportAttributes;
        this.reportValues = reportValues;
        this.tierPlan = tierPlan;
        this.notices = List.copyOf(notices);
        this.options = options;
    }

    public int n() { return ids.length; }

    public int k() { return sizes.length; }

    public String id(int i) { return ids[i]; }

    public String[] ids() { return ids; }

    /** Planned size of every group. */
    public int[] sizes() { return sizes; }

    public Features features() { return features; }

    /** Search coordinates, N × {@link #dim()}. */
    public double[] x() { return features.x(); }

    public int dim() { return features.dim(); }

    public Objective objective() { return objective; }

    public CountRule[] rules() { return rules; }

    /** Joint category of all count rules; students of one class are interchangeable for them. */
    public int[] classOf() { return classOf; }

    public int classCount() { return classCount; }

    /** Fixed group per student, -1 when free. */
    public int[] fixedGroup() { return fixedGroup; }

    /** Keep-together units (each of size ≥ 2), members in roster order. */
    public int[][] units() { return units; }

    /** Unit index per student, -1 when not in a unit. */
    public int[] unitOf() { return unitOf; }

    /** Keep-apart partners per student. */
    public int[][] apart() { return apart; }

    /** Previous group label per student (-1 = unknown). */
    public int[] previousLabel() { return previousLabel; }

    public boolean hasPrevious() {
        return hasPrevious;
    }

    public double repeatPenalty() { return repeatPenalty; }

    public boolean[] leader() { return leader; }

    public List<String> featureNames() { return featureNames; }

    /** Categorical attributes shown per group in the report (balanced ones and the tier). */
    public String[] reportAttributes() { return reportAttributes; }

    /** reportValues[a][i]: value of report attribute a for student i. */
    public String[][] reportValues() { return reportValues; }

    public TierPlan tierPlan() { return tierPlan; }

    public List<Notice> notices() { return notices; }

    public GroupingOptions options() { return options; }
}
