package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;
import cn.hezuo.grouping.prepare.Model;

/**
 * A grouping with everything the search needs kept up to date incrementally: the members of each
 * group (in a flat slot array, group g owns slots {@code start[g] .. start[g]+size[g]}), per-group
 * feature sums, per-rule category counts and per-group cost. Sizes never change: every move is an
 * exchange. A journal records replaced groups so a rejected perturbation can be rolled back.
 */
final class Partition {

    final Model model;
    final int n;
    final int k;
    final int dim;
    final double[] x;
    final int[] sizes;
    final int[] start;
    final int[] groupOf;
    final int[] members;
    final double[] sums;
    final int[][] counts;
    final double[] cost;
    final GroupCost costFn;
    double total;

    private boolean journaling;
    private int[] journal = new int[64];
    private int journalLength;

    Partition(Model model, int[] assignment, GroupCost costFn) {
        this.model = model;
        this.n = model.n();
        this.k = model.k();
        this.dim = model.dim();
        this.x = model.x();
        this.sizes = model.sizes();
        this.costFn = costFn;
        start = new int[k + 1];
        for (int g = 0; g < k; g++) {
            start[g + 1] = start[g] + sizes[g];
        }
        groupOf = assignment.clone();
        members = new int[n];
        int[] fill = new int[k];
        for (int i = 0; i < n; i++) {
            int g = groupOf[i];
            members[start[g] + fill[g]++] = i;
        }
        sums = new double[k * dim];
        CountRule[] rules = model.rules();
        counts = new int[rules.length][];
        for (int r = 0; r < rules.length; r++) {
            counts[r] = new int[k * rules[r].categoryCount()];
        }
        cost = new double[k];
        for (int g = 0; g < k; g++) {
            refresh(g);
        }
    }

    /** Copy of the current assignment. */
    int[] assignment() {
        return groupOf.clone();
    }

    /** Recomputes sums, counts and cost of group g from its members. O(size·(dim + rules)). */
    private void refresh(int g) {
        int so = g * dim;
        for (int q = 0; q < dim; q++) {
            sums[so + q] = 0;
        }
        CountRule[] rules = model.rules();
        for (int r = 0; r < rules.length; r++) {
            int c = rules[r].categoryCount();
            java.util.Arrays.fill(counts[r], g * c, g * c + c, 0);
        }
        for (int s = start[g], e = start[g + 1]; s < e; s++) {
            int i = members[s];
            int xo = i * dim;
            for (int q = 0; q < dim; q++) {
                sums[so + q] += x[xo + q];
            }
            for (int r = 0; r < rules.length; r++) {
                int cat = rules[r].categoryOf(i);
                if (cat >= 0) {
                    counts[r][g * rules[r].categoryCount() + cat]++;
                }
            }
        }
        double old = cost[g];
        cost[g] = costFn.groupCost(this, g);
        total += cost[g] - old;
    }

    /** Replaces the members of group g (same size) and refreshes its statistics. */
    void setMembers(int g, int[] newMembers, int from) {
        if (journaling) {
            record(g);
        }
        int s0 = start[g];
        for (int t = 0; t < sizes[g]; t++) {
            int i = newMembers[from + t];
            members[s0 + t] = i;
            groupOf[i] = g;
        }
        refresh(g);
    }

    /** Exchanges students i and j (in different groups). */
    void swap(int i, int j) {
        int g = groupOf[i];
        int h = groupOf[j];
        if (journaling) {
            record(g);
            record(h);
        }
        members[slotOf(i)] = j;
        members[slotOf(j)] = i;
        groupOf[i] = h;
        groupOf[j] = g;
        refresh(g);
        refresh(h);
    }

    int slotOf(int i) {
        int g = groupOf[i];
        for (int s = start[g], e = start[g + 1]; s < e; s++) {
            if (members[s] == i) {
                return s;
            }
        }
        throw new IllegalStateException("student " + i + " not in its group");
    }

    /** Recomputes the total cost from scratch (guards against drift of the running sum). */
    void resum() {
        double t = 0;
        for (int g = 0; g < k; g++) {
            t += cost[g];
        }
        total = t;
    }

    // ---- journal: groups replaced since mark(), restored by rollback() ----

    void mark() {
        journaling = true;
        journalLength = 0;
    }

    void commit() {
        journaling = false;
        journalLength = 0;
    }

    void rollback() {
        journaling = false;
        int p = journalLength;
        int[] buf = new int[64];
        while (p > 0) {
            int size = journal[p - 1];
            int g = journal[p - 2];
            p -= 2 + size;
            if (buf.length < size) {
                buf = new int[size];
            }
            System.arraycopy(journal, p, buf, 0, size);
            setMembers(g, buf, 0);
        }
        journalLength = 0;
        resum();
    }

    /** Replaces the whole grouping (same group sizes). */
    void load(int[] assignment) {
        int[] fill = new int[k];
        int[] buf = new int[n];
        for (int i = 0; i < n; i++) {
            int g = assignment[i];
            buf[start[g] + fill[g]++] = i;
        }
        for (int g = 0; g < k; g++) {
            setMembers(g, buf, start[g]);
        }
        resum();
    }

    /** Groups recorded in the journal since {@link #mark()} (possibly with repeats). */
    int[] journalGroups() {
        int[] out = new int[16];
        int c = 0;
        int q = journalLength;
        while (q > 0) {
            int size = journal[q - 1];
            if (c == out.length) {
                out = java.util.Arrays.copyOf(out, c * 2);
            }
            out[c++] = journal[q - 2];
            q -= 2 + size;
        }
        return java.util.Arrays.copyOf(out, c);
    }

    private void record(int g) {
        int size = sizes[g];
        int need = journalLength + size + 2;
        if (need > journal.length) {
            journal = java.util.Arrays.copyOf(journal, Math.max(need, journal.length * 2));
        }
        System.arraycopy(members, start[g], journal, journalLength, size);
        journalLength += size;
        journal[journalLength++] = g;
        journal[journalLength++] = size;
    }
}
