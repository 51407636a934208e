package cn.hezuo.grouping.search;

import cn.hezuo.grouping.Objective;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Iterated local search over exact two-group re-partitions.
 *
 * <ol>
 *   <li><b>Coarse sweeps</b> (large classes only): every group tries a few random partners; cheap,
 *       and removes most of the imbalance of the start.</li>
 *   <li><b>Descent</b>: a queue of "dirty" groups; each is re-partitioned with its best partners
 *       ({@link ResidualIndex} for the variance objectives, all groups for small classes, random
 *       ones otherwise) until no pair improves. Each improvement dirties both groups.</li>
 *   <li><b>Perturbation rounds</b>: swap two students of the same class (so no rule can break)
 *       that are close in feature space, descend from the two touched groups, and keep the result
 *       only if the total cost went down — otherwise roll back. Stops after a round budget
 *       proportional to N, after {@code patience} rounds without improvement (convergence: small
 *       classes return in milliseconds), or at the deadline.</li>
 * </ol>
 *
 * <p>Per round the work is bounded by the few groups touched, so the cost of a pass over the
 * class is near-linear in N — unlike the O(N²) all-pairs exchange of anticlust. Everything random
 * comes from one seeded {@link SplittableRandom}, so a run is reproducible.
 */
final class LocalSearch {

    /** Up to this many groups, descent tries every partner (exhaustive pairwise neighbourhood). */
    static final int ALL_PARTNERS = Integer.getInteger("allp", 24);
    private static final int RANDOM_PARTNERS = 6;
    private static final int DBGEVERY = Integer.getInteger("dbgevery", 2000);
    private static final double THETA = Double.parseDouble(System.getProperty("theta", "0"));
    private static final long ROUND_SPLITS = Long.getLong("roundsplits", Long.MAX_VALUE);
    private static final boolean REUSE = Boolean.getBoolean("reuse");
    private static final int CACHE = Integer.getInteger("cache", 0);
    private int[] cache;
    private int[] cacheCount;
    private int[] cacheAge;
    private static final int KICK = Integer.getInteger("kick", 1);
    private static final double MINGAIN = Double.parseDouble(System.getProperty("mingain", "0"));
    private static final int DEPTH = Integer.getInteger("depth", Integer.MAX_VALUE);
    private static final boolean SHUFFLE = Boolean.getBoolean("shuffle");

    private final Partition p;
    private final Rules rules;
    private final SplittableRandom rnd;
    private final PairSplitter splitter;
    private final long deadline;
    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int tail;
    private int queuedCount;
    private final int[] partners;
    private ResidualIndex index;
    private Twins twins;
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
        partners = new int[Math.max(8, p.k)];
        depth = new int[p.k];
        cache = new int[p.k * 8];
        cacheCount = new int[p.k];
        cacheAge = new int[p.k];
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
        long t0 = System.nanoTime();
        if (p.k > ALL_PARTNERS) {
            if (!Boolean.getBoolean("nocoarse")) {
                coarseSweeps();
            }
            long t1 = System.nanoTime();
            if (centroid) {
                index = new ResidualIndex(p);
            }
            if (Boolean.getBoolean("dbg")) System.err.printf("  coarse %.1fms index %.1fms%n", (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
        }
        if (Boolean.getBoolean("dbg")) System.err.printf("   after coarse total %.5f splits %d%n", p.total, splitter.splits);
        for (int g = 0; g < p.k; g++) {
            push(g);
        }
        descend();
        if (Boolean.getBoolean("dbg")) System.err.printf("   after descent total %.5f splits %d%n", p.total, splitter.splits);
        for (int pass = 0; pass < Integer.getInteger("extrapasses", 0); pass++) {
            for (int g = 0; g < p.k; g++) {
                push(g);
            }
            descend();
            if (Boolean.getBoolean("dbg")) System.err.printf("   after pass %d total %.5f splits %d%n", pass, p.total, splitter.splits);
        }
        if (Boolean.getBoolean("dbgmiss")) {
            int miss = 0;
            double[] res = new double[p.k];
            for (int g = 0; g < p.k; g++) { double t = 0; for (int q = 0; q < p.dim; q++) t += p.sums[g*p.dim+q]*p.sums[g*p.dim+q]; res[g] = Math.sqrt(t); }
            for (int g = 0; g < p.k; g++) for (int h = g + 1; h < p.k; h++) {
                p.mark();
                double before = p.total;
                if (splitter.improve(g, h)) { miss++; if (miss < 10) System.err.printf("    missed %d-%d gain %.5f res %.3f %.3f%n", g, h, before - p.total, res[g], res[h]); }
                p.rollback();
            }
            System.err.println("   missed pairs: " + miss);
        }
        if (SA > 0) {
            anneal((long) (SA_MOVES * p.n));
        } else {
            perturb(rounds, patience);
        }
        p.resum();
    }

    /** A few passes in which every group tries random partners, until a pass gains under 5 %. */
    private void coarseSweeps() {
        for (int sweep = 0; sweep < 16 && !checkTime(); sweep++) {
            double before = p.total;
            for (int g = 0; g < p.k; g++) {
                for (int t = 0; t < RANDOM_PARTNERS; t++) {
                    int h = randomOther(g);
                    if (splitter.improve(g, h)) {
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
        descend(Long.MAX_VALUE);
    }

    private void descend(long splitLimit) {
        int pops = 0;
        long stop = splitLimit == Long.MAX_VALUE ? Long.MAX_VALUE : splitter.splits + splitLimit;
        while (queuedCount > 0) {
            if (splitter.splits >= stop) {
                clearQueue();
                return;
            }
            if ((++pops & 255) == 0 && checkTime()) {
                clearQueue();
                return;
            }
            int g = pop();
            boolean moved = false;
            if (CACHE > 0 && index != null && cacheCount[g] > 0 && cacheAge[g] < CACHE) {
                // Try the partners found by g's last query before paying for a new one.
                cacheAge[g]++;
                int base = g * 8;
                for (int t = 0; t < cacheCount[g]; t++) {
                    int h = cache[base + t];
                    if (splitter.improve(g, h)) {
                        improvements++;
                        changed(g);
                        changed(h);
                        push(h);
                        moved = true;
                    }
                }
                if (moved) {
                    push(g);
                    continue;
                }
            }
            int count = partnersOf(g);
            if (CACHE > 0 && index != null) {
                int base = g * 8;
                int c = 0;
                for (int t = 0; t < count && c < 8; t++) {
                    cache[base + c++] = partners[t];
                }
                cacheCount[g] = c;
                cacheAge[g] = 0;
            }
            for (int t = 0; t < count; t++) {
                int h = partners[t];
                if (h == g) {
                    continue;
                }
                if (splitter.improve(g, h)) {
                    improvements++;
                    changed(g);
                    changed(h);
                    push(h);
                    moved = true;
                    if (!REUSE) {
                        break;
                    }
                }
            }
            if (moved) {
                push(g);
            }
        }
    }

    /** Partner groups of g to try, best first where an index can rank them. */
    private int partnersOf(int g) {
        if (p.k <= ALL_PARTNERS) {
            int offset = rnd.nextInt(p.k - 1);
            for (int t = 0; t < p.k - 1; t++) {
                partners[t] = (g + 1 + (offset + t) % (p.k - 1)) % p.k;
            }
            return p.k - 1;
        }
        int c = 0;
        if (index != null) {
            c = index.partners(g, partners);
            if (SHUFFLE) {
                for (int t = c - 1; t > 0; t--) {
                    int u = rnd.nextInt(t + 1);
                    int tmp = partners[t];
                    partners[t] = partners[u];
                    partners[u] = tmp;
                }
            }
        }
        int extra = index != null ? 1 : RANDOM_PARTNERS;
        for (int t = 0; t < extra; t++) {
            partners[c++] = randomOther(g);
        }
        return c;
    }

    /**
     * Perturbation rounds: a same-class swap of two nearby students, descent from the two touched
     * groups, keep if better else roll back.
     */
    private void perturb(long rounds, long patience) {
        twins = new Twins(p, rules, rnd);
        if (!twins.any()) {
            return;
        }
        double best = p.total;
        int[] bestAssignment = null;
        long sinceBest = 0;
        for (long r = 0; r < rounds && sinceBest < patience; r++) {
            if ((r & 15) == 0 && checkTime()) {
                break;
            }
            if (index != null && (r & 1023) == 1023 && index.stale()) {
                index.rebuild();
            }
            if (Boolean.getBoolean("dbg") && (r % DBGEVERY == 0)) System.err.printf("   round %d total %.5f best %.5f splits %d cpu %.0fms%n", r, p.total, best, splitter.splits, java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6);
            double before = p.total;
            splitter.minGain = Math.max(1e-12, MINGAIN * Math.abs(best) / p.k);
            long splitsAtStart = splitter.splits;
            p.mark();
            int g;
            int h;
            if (KICK == 2) {
                g = rnd.nextInt(p.k);
                int c = index != null ? index.partners(g, partners) : 0;
                h = c > 0 ? partners[rnd.nextInt(c)] : randomOther(g);
                if (!splitter.improve(g, h, Double.POSITIVE_INFINITY)) {
                    p.commit();
                    sinceBest++;
                    continue;
                }
            } else {
                if (!twins.kick()) {
                    p.commit();
                    sinceBest++;
                    continue;
                }
                g = twins.lastG();
                h = twins.lastH();
            }
            changed(g);
            changed(h);
            currentDepth = -1;
            maxDepth = DEPTH;
            push(g);
            push(h);
            descend(ROUND_SPLITS);
            maxDepth = Integer.MAX_VALUE;
            currentDepth = 0;
            double after = p.total;
            long used = splitter.splits - splitsAtStart;
            double tolerance = THETA * Math.abs(best) / p.k;
            if (after < before + tolerance) {
                accSplits += used; accRounds++;
                if (after < best - 1e-12 - 1e-12 * Math.abs(best)) {
                    p.commit();
                    best = after;
                    bestAssignment = null;
                    improvements++;
                    sinceBest = 0;
                } else {
                    if (bestAssignment == null && after > best) {
                        bestAssignment = p.assignmentAtMark();
                    }
                    p.commit();
                    sinceBest++;
                }
            } else {
                rejSplits += used; rejRounds++;
                int[] touched = p.journalGroups();
                p.rollback();
                for (int t : touched) {
                    changed(t);
                }
                sinceBest++;
            }
        }
        if (bestAssignment != null && best < p.total) {
            p.load(bestAssignment);
        }
    }

    static long accSplits, accRounds, rejSplits, rejRounds;
    private static final double SA = Double.parseDouble(System.getProperty("sa", "0"));
    private static final double SA_MOVES = Double.parseDouble(System.getProperty("samoves", "100"));
    private static final double SA_END = Double.parseDouble(System.getProperty("saend", "1e-3"));
    private static final double SA_INDEX = Double.parseDouble(System.getProperty("saindex", "0.5"));

    /** Simulated annealing over best non-identity pair splits (experimental). */
    private void anneal(long moves) {
        int[] before = p.assignment();
        double beforeCost = p.total;
        double t0 = SA * p.total / p.k;
        double cool = Math.pow(SA_END, 1.0 / Math.max(1, moves));
        double temp = t0;
        for (long mv = 0; mv < moves; mv++, temp *= cool) {
            if ((mv & 255) == 0 && checkTime()) {
                break;
            }
            if (Boolean.getBoolean("dbg") && mv % (moves / 10 + 1) == 0) System.err.printf("   sa %d total %.5f T %.3g%n", mv, p.total, temp);
            int g = rnd.nextInt(p.k);
            int h;
            if (index != null && rnd.nextDouble() < SA_INDEX) {
                int c = index.partners(g, partners);
                h = c > 0 ? partners[rnd.nextInt(c)] : randomOther(g);
            } else {
                h = randomOther(g);
            }
            double slack = -temp * Math.log(1 - rnd.nextDouble());
            if (splitter.improve(g, h, slack)) {
                changed(g);
                changed(h);
            }
        }
        for (int g = 0; g < p.k; g++) {
            push(g);
        }
        descend();
        if (p.total > beforeCost) {
            p.load(before);
        }
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

    private int[] depth;
    private int currentDepth;
    private int maxDepth = Integer.MAX_VALUE;

    private void push(int g) {
        if (currentDepth >= maxDepth) {
            return;
        }
        if (!queued[g]) {
            depth[g] = currentDepth + 1;
            queued[g] = true;
            queue[tail] = g;
            tail = tail + 1 == queue.length ? 0 : tail + 1;
            queuedCount++;
        }
    }

    private int pop() {
        int g = queue[head];
        currentDepth = depth[g];
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

    long splits() {
        return splitter.splits;
    }
}
