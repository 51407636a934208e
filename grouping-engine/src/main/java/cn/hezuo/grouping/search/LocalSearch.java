package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Iterated local search over exact two-group re-partitions ({@link PairSplitter}).
 *
 * <ol>
 *   <li><b>Coarse sweeps</b> (very large classes only): every group tries a few random partners;
 *       cheap, and removes most of the imbalance of the start.</li>
 *   <li><b>Descent</b>: a queue of "dirty" groups. Each popped group gets candidate partners —
 *       from the {@link ResidualIndex} for the variance objectives, every other group when there
 *       are at most {@value #ALL_PARTNERS} groups, random ones otherwise — tries them in random
 *       order and re-partitions with each one that improves; both groups of an improvement become
 *       dirty again. Taking a random improving partner rather than the best one keeps successive
 *       descents from funnelling into the same local optimum.</li>
 *   <li><b>Perturbation rounds</b>: disturb the grouping a little and descend from the disturbed
 *       groups; keep the result if the total cost went down, otherwise roll it back (Lourenço,
 *       Martin &amp; Stützle's iterated local search). The disturbance is the best <em>non-identity</em>
 *       re-partition of a random group with one of its index partners (a "second-best" move), or,
 *       without an index, a swap of two nearby students of the same class ({@link Twins}).</li>
 * </ol>
 *
 * <p>The number of rounds is fixed in advance (it depends on N and the effort option) and the search
 * stops early after {@code patience} rounds without improvement, so small classes return in
 * milliseconds and the work — hence the result — never depends on the clock, unless the deadline
 * cuts it short. Per round the work is bounded by the groups touched, so a pass over the class is
 * near-linear in N, unlike the O(N²) all-pairs exchange pass of anticlust.
 */
final class LocalSearch {

    /** Up to this many groups, descent tries every partner (exhaustive pairwise neighbourhood). */
    static final int ALL_PARTNERS = 24;
    /** Above this many groups the index phase starts from coarse random-partner sweeps. */
    private static final int COARSE_ABOVE = 1000;
    private static final int RANDOM_PARTNERS = 6;
    /** Gains below this fraction of the average group cost are not worth a move. */
    private static final double MIN_GAIN = 1e-3;

    private final Partition p;
    private final Rules rules;
    private final SplittableRandom rnd;
    private final PairSplitter splitter;
    private final long deadline;
    private final int[] queue;
    private final boolean[] queued;
    private final int[] partners;
    private int head;
    private int tail;
    private int queuedCount;
    private ResidualIndex index;
    private boolean timeUp;
    long improvements;

    LocalSearch(Partition p, Rules rules, SplittableRandom rnd, long deadlineNanos) {
        this.p = p;
        this.rules = rules;
        this.rnd = rnd;
        this.splitter = new PairSplitter(p, rules);
        this.deadline = deadlineNanos;
        queue = new int[p.k];
        queued = new boolean[p.k];
        partners = new int[Math.max(16, p.k)];
    }

    boolean timeUp() {
        return timeUp;
    }

    /**
     * Runs all phases.
     *
     * @param rounds   maximum number of perturbation rounds
     * @param patience stop after this many rounds in a row without improvement
     */
    void run(long rounds, long patience) {
        if (p.k < 2) {
            return;
        }
        boolean centroid = p.model.objective() != Objective.DIVERSITY && p.dim > 0;
        if (p.k > ALL_PARTNERS && (!centroid || p.k > COARSE_ABOVE)) {
            coarseSweeps();
        }
        if (p.k > ALL_PARTNERS && centroid) {
            index = new ResidualIndex(p);
        }
        for (int g = 0; g < p.k; g++) {
            push(g);
        }
        descend();
        perturb(rounds, patience);
        p.resum();
    }

    /** Passes in which every group tries random partners, until a pass gains under 2 %. */
    private void coarseSweeps() {
        for (int sweep = 0; sweep < 16 && !checkTime(); sweep++) {
            double before = p.total;
            for (int g = 0; g < p.k; g++) {
                for (int t = 0; t < RANDOM_PARTNERS; t++) {
                    if (splitter.improve(g, randomOther(g))) {
                        improvements++;
                    }
                }
            }
            p.resum();
            if (before - p.total < 0.02 * Math.abs(before)) {
                break;
            }
        }
    }

    /** Empties the dirty queue; see the class comment. */
    private void descend() {
        int pops = 0;
        while (queuedCount > 0) {
            if ((++pops & 255) == 0 && checkTime()) {
                clearQueue();
                return;
            }
            int g = pop();
            int count = partnersOf(g);
            boolean moved = false;
            for (int t = 0; t < count; t++) {
                int h = partners[t];
                if (h != g && splitter.improve(g, h)) {
                    improvements++;
                    changed(g);
                    changed(h);
                    push(h);
                    moved = true;
                }
            }
            if (moved) {
                push(g);
            }
        }
    }

    /** Candidate partners of g, in random order. */
    private int partnersOf(int g) {
        int c;
        if (p.k <= ALL_PARTNERS) {
            c = 0;
            for (int h = 0; h < p.k; h++) {
                if (h != g) {
                    partners[c++] = h;
                }
            }
        } else if (index != null) {
            c = index.partners(g, partners);
            partners[c++] = randomOther(g);
        } else {
            for (c = 0; c < RANDOM_PARTNERS; c++) {
                partners[c] = randomOther(g);
            }
        }
        for (int t = c - 1; t > 0; t--) {
            int u = rnd.nextInt(t + 1);
            int tmp = partners[t];
            partners[t] = partners[u];
            partners[u] = tmp;
        }
        return c;
    }

    /** Perturbation rounds; see the class comment. */
    private void perturb(long rounds, long patience) {
        Twins twins = index == null ? new Twins(p, rules, rnd) : null;
        if (twins != null && !twins.any()) {
            return;
        }
        double best = p.total;
        long sinceBest = 0;
        for (long r = 0; r < rounds && sinceBest < patience; r++) {
            if ((r & 15) == 0 && checkTime()) {
                break;
            }
            if (index != null && (r & 1023) == 1023 && index.stale()) {
                index.rebuild();
            }
            splitter.minGain = Math.max(1e-12, MIN_GAIN * Math.abs(best) / p.k);
            double before = p.total;
            p.mark();
            if (!kick(twins)) {
                p.commit();
                sinceBest++;
                continue;
            }
            descend();
            if (p.total < before - 1e-12 - 1e-12 * Math.abs(before)) {
                p.commit();
                best = p.total;
                improvements++;
                sinceBest = 0;
            } else {
                int[] touched = p.journalGroups();
                p.rollback();
                for (int g : touched) {
                    changed(g);
                }
                sinceBest++;
            }
        }
        splitter.minGain = 1e-12;
    }

    /** Applies one disturbance and queues the touched groups; false if none was possible. */
    private boolean kick(Twins twins) {
        int g;
        int h;
        if (twins != null) {
            if (!twins.kick()) {
                return false;
            }
            g = twins.lastG();
            h = twins.lastH();
        } else {
            g = rnd.nextInt(p.k);
            int c = index.partners(g, partners);
            h = c > 0 ? partners[rnd.nextInt(c)] : randomOther(g);
            if (!splitter.improve(g, h, Double.POSITIVE_INFINITY)) {
                return false;
            }
        }
        changed(g);
        changed(h);
        push(g);
        push(h);
        return true;
    }

    private void changed(int g) {
        if (index != null) {
            index.groupChanged(g);
        }
    }

    private int randomOther(int g) {
        int h = rnd.nextInt(p.k - 1);
        return h >= g ? h + 1 : h;
    }

    private boolean checkTime() {
        if (!timeUp && System.nanoTime() > deadline) {
            timeUp = true;
        }
        return timeUp;
    }

    private void push(int g) {
        if (!queued[g]) {
            queued[g] = true;
            queue[tail] = g;
            tail = tail + 1 == queue.length ? 0 : tail + 1;
            queuedCount++;
        }
    }

    private int pop() {
        int g = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        queued[g] = false;
        queuedCount--;
        return g;
    }

    private void clearQueue() {
        Arrays.fill(queued, false);
        head = 0;
        tail = 0;
        queuedCount = 0;
    }
}
