package cn.hezuo.grouping.search;

import cn.hezuo.grouping.prepare.CountRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, for a group g, the groups h with which an exchange of members would lower the variance
 * objective, without trying all K − 1 groups. This is what keeps the search near-linear in N.
 *
 * <p>Why it works: with residual {@code e = S} (the group's coordinate sum, 0 when the group mean
 * equals the class mean), exchanging subset A of g for subset B of h (same size) changes the cost
 * of two groups of size n by {@code (2/n)·(|z_B − z_A|² − |e_g − e_h|²/4)} with
 * {@code z_A = ΣA − e_g/2} and {@code z_B = ΣB − e_h/2}. So improving exchanges are pairs of
 * <em>keys</em> z lying close together. Every group stores one key per small subset of its movable
 * members (up to two members for groups of 4–5, three for 6–7, one for large groups; for groups of
 * equal size larger exchanges are mirror images of these), bucketed by the subset's size and
 * classes under the rules that allow no slack, and by a cell of a 3-d grid (the first three
 * principal axes when there are more dimensions). A query scans the cells around each of g's own
 * keys within a radius of about |e_g|; improving exchanges between g and h lie within it whenever
 * |e_h| ≤ |e_g|, so an exchange is always found from the side with the larger residual, and a
 * descent that re-queries every changed group ends in a local optimum of these exchanges. Rules
 * with slack (balance bounds) are checked per candidate from the group counts.
 *
 * <p>Grids of three cell sizes (×4 apart) keep the number of cells scanned small for any radius;
 * keys have fixed slots per group and doubly linked buckets, so re-keying a changed group costs
 * O(keys per group) with no garbage. A query is O(keys per group × nearby keys), capped per key.
 */
final class ResidualIndex {

    private static final int LEVELS = Integer.getInteger("levels", 3);
    private static final int MAX_OUT = Integer.getInteger("maxout", 3);
    /** Keys one subset of a query may examine; large residuals have many improving partners anyway. */
    private static final int PER_SUBSET = Integer.getInteger("persub", 48);
    private static final int STRIDE = 4;
    private static final double CELLFACTOR = Double.parseDouble(System.getProperty("cellf", "1"));

    private final Partition p;
    private final int dim;
    private final int proj;
    private final double[] axes;
    private final boolean identity;
    private final CountRule[] rules;
    private final boolean[] tight;
    private final int[] classOf;
    private final long classBase;
    private final int[] fixed;
    private final int[] unitOf;
    private final boolean anyPinned;
    private final int[][] subsetsBySize;
    private final int keyShift;

    private final int[] keysOfGroup;
    private final int[] kMask;
    private final double[] kSum;
    /** Per entry (key·4 + level): projected x, y, z and the signature's bits, adjacent in memory. */
    private final double[] eData;
    private final long[] eCell;
    private final int[] eNext;
    private final int[] ePrev;
    private LongIntMap heads;
    private int liveEntries;
    private double cell;
    private double highResidual;

    private final int[] sigScratch = new int[32];
    private final int[][] slackDelta;
    private final double[] zA;
    private final double[] sumA;
    private final long[] lo = new long[3];
    private final long[] hi = new long[3];
    private final long[] c = new long[3];
    private final long[] centre = new long[3];
    private final int[] found = new int[MAX_OUT];
    private final double[] foundDelta = new double[MAX_OUT];
    private int foundCount;
    private int budget;
    private long queryCounter;
    private static final boolean EARLY = Boolean.getBoolean("early");

    ResidualIndex(Partition p) {
        this.p = p;
        this.dim = p.dim;
        this.proj = Math.min(3, dim);
        this.axes = Projection.principalAxes(p.x, p.n, dim, proj);
        this.identity = dim <= 3;
        this.rules = p.model.rules();
        this.tight = tightRules(p);
        this.classOf = tightClasses(p, tight);
        this.classBase = Arrays.stream(classOf).max().orElse(0) + 2L;
        this.fixed = p.model.fixedGroup();
        this.unitOf = p.model.unitOf();
        boolean any = false;
        for (int i = 0; i < p.n; i++) {
            any |= fixed[i] >= 0 || unitOf[i] >= 0;
        }
        this.anyPinned = any;
        int maxSize = Arrays.stream(p.sizes).max().orElse(1);
        subsetsBySize = new int[maxSize + 1][];
        int most = 1;
        for (int s : p.sizes) {
            most = Math.max(most, subsets(s).length);
        }
        keyShift = 32 - Integer.numberOfLeadingZeros(most - 1);
        int keys = p.k << keyShift;
        keysOfGroup = new int[p.k];
        kMask = new int[keys];
        kSum = new double[keys * dim];
        eData = new double[keys * STRIDE * 4];
        eCell = new long[keys * STRIDE];
        eNext = new int[keys * STRIDE];
        ePrev = new int[keys * STRIDE];
        slackDelta = new int[rules.length][];
        for (int r = 0; r < rules.length; r++) {
            slackDelta[r] = new int[rules[r].categoryCount()];
        }
        zA = new double[proj];
        sumA = new double[dim];
        rebuild();
    }

    /** Rules whose bounds leave no slack (lo == hi everywhere): exchanges must preserve their classes. */
    private static boolean[] tightRules(Partition p) {
        CountRule[] rules = p.model.rules();
        boolean[] tight = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            boolean t = true;
            for (int g = 0; g < p.k && t; g++) {
                for (int q = 0; q < rules[r].categoryCount(); q++) {
                    if (rules[r].lo(g, q) != rules[r].hi(g, q)) {
                        t = false;
                        break;
                    }
                }
            }
            tight[r] = t;
        }
        return tight;
    }

    /** Joint category over the tight rules only. */
    private static int[] tightClasses(Partition p, boolean[] tight) {
        CountRule[] rules = p.model.rules();
        Map<List<Integer>, Integer> ids = new HashMap<>();
        int[] out = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            List<Integer> key = new ArrayList<>();
            for (int r = 0; r < rules.length; r++) {
                if (tight[r]) {
                    key.add(rules[r].categoryOf(i));
                }
            }
            out[i] = ids.computeIfAbsent(key, x -> ids.size());
        }
        return out;
    }

    /** Subsets indexed for a group of size n (as masks over its member slots). */
    private int[] subsets(int n) {
        if (subsetsBySize[n] == null) {
            int kmax = n <= 3 ? 1 : n <= 5 ? 2 : n <= 7 ? 3 : n <= 13 ? 2 : 1;
            List<Integer> out = new ArrayList<>();
            if (kmax == 1 || n > 16) {
                for (int t = 0; t < Math.min(n, 31); t++) {
                    out.add(1 << t);
                }
            } else {
                for (int mask = 1; mask < (1 << n); mask++) {
                    if (Integer.bitCount(mask) <= kmax) {
                        out.add(mask);
                    }
                }
            }
            subsetsBySize[n] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        return subsetsBySize[n];
    }

    /** Re-keys every group; the cell size follows the current median residual. */
    void rebuild() {
        double[] r = new double[p.k];
        for (int g = 0; g < p.k; g++) {
            r[g] = residualNorm(g);
        }
        Arrays.sort(r);
        cell = Math.max(r[p.k / 2], 1e-9);
        highResidual = r[Math.min(p.k - 1, (int) (p.k * 0.9))];
        heads = new LongIntMap(p.k << keyShift);
        liveEntries = 0;
        Arrays.fill(keysOfGroup, 0);
        for (int g = 0; g < p.k; g++) {
            insert(g);
        }
    }

    /** Whether the residuals have shrunk or grown so much that the cell size no longer fits. */
    boolean stale() {
        int samples = Math.min(p.k, 64);
        double[] r = new double[samples];
        for (int t = 0; t < samples; t++) {
            r[t] = residualNorm((int) ((long) t * p.k / samples));
        }
        Arrays.sort(r);
        double median = r[samples / 2];
        return median < cell / 4 || median > cell * 4;
    }

    /** Group g's members (and so its residual) changed: replace its keys. */
    void groupChanged(int g) {
        nRekeys++;
        remove(g);
        insert(g);

    }

    private double residualNorm(int g) {
        double s = 0;
        for (int q = 0; q < dim; q++) {
            double v = p.sums[g * dim + q];
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private void insert(int g) {
        int base = p.start[g];
        int key = g << keyShift;
        int pinned = pinnedSlots(g);
        for (int mask : subsets(p.sizes[g])) {
            if ((mask & pinned) != 0) {
                continue;
            }
            kMask[key] = mask;
            long sig = signature(base, mask);
            subsetSum(base, mask, kSum, key * dim);
            for (int level = 0; level < LEVELS; level++) {
                int e = key * STRIDE + level;
                int d = e * 4;
                position(kSum, key * dim, g, eData, d);
                eData[d + 3] = Double.longBitsToDouble(sig);
                long h = cellHash(level, sig, eData, d);
                eCell[e] = h;
                int head = heads.get(h);
                eNext[e] = head;
                ePrev[e] = -1;
                if (head >= 0) {
                    ePrev[head] = e;
                }
                heads.put(h, e);
                liveEntries++;
            }
            key++;
        }
        keysOfGroup[g] = key - (g << keyShift);
    }

    private void remove(int g) {
        int first = g << keyShift;
        for (int key = first; key < first + keysOfGroup[g]; key++) {
            for (int level = 0; level < LEVELS; level++) {
                int e = key * STRIDE + level;
                int next = eNext[e];
                int prev = ePrev[e];
                if (prev >= 0) {
                    eNext[prev] = next;
                } else if (next >= 0) {
                    heads.put(eCell[e], next);
                } else {
                    heads.remove(eCell[e]);
                }
                if (next >= 0) {
                    ePrev[next] = prev;
                }
                liveEntries--;
            }
        }
        keysOfGroup[g] = 0;
    }

    /** Slots of group g holding a fixed student or a keep-together member (never moved from here). */
    private int pinnedSlots(int g) {
        if (!anyPinned) {
            return 0;
        }
        int mask = 0;
        int base = p.start[g];
        for (int t = 0; t < Math.min(p.sizes[g], 31); t++) {
            int i = p.members[base + t];
            if (fixed[i] >= 0 || unitOf[i] >= 0) {
                mask |= 1 << t;
            }
        }
        return mask;
    }

    /** Subset size and sorted tight classes packed into one number: equal signatures may be exchanged. */
    private long signature(int base, int mask) {
        int cnt = 0;
        for (int m = mask; m != 0; m &= m - 1) {
            sigScratch[cnt++] = classOf[p.members[base + Integer.numberOfTrailingZeros(m)]];
        }
        Arrays.sort(sigScratch, 0, cnt);
        long sig = cnt;
        for (int t = 0; t < cnt; t++) {
            sig = sig * classBase + sigScratch[t] + 1;
        }
        return sig;
    }

    private void subsetSum(int base, int mask, double[] out, int off) {
        for (int q = 0; q < dim; q++) {
            out[off + q] = 0;
        }
        for (int m = mask; m != 0; m &= m - 1) {
            int i = p.members[base + Integer.numberOfTrailingZeros(m)];
            for (int q = 0; q < dim; q++) {
                out[off + q] += p.x[i * dim + q];
            }
        }
    }

    /** Projected key {@code ΣB − e_g/2}. */
    private void position(double[] sum, int off, int g, double[] out, int outOff) {
        if (identity) {
            int go = g * dim;
            for (int a = 0; a < 3; a++) {
                out[outOff + a] = a < dim ? sum[off + a] - 0.5 * p.sums[go + a] : 0;
            }
            return;
        }
        for (int a = 0; a < 3; a++) {
            double s = 0;
            if (a < proj) {
                for (int q = 0; q < dim; q++) {
                    s += axes[a * dim + q] * (sum[off + q] - 0.5 * p.sums[g * dim + q]);
                }
            }
            out[outOff + a] = s;
        }
    }

    private long cellHash(int level, long sig, double[] pos, int off) {
        double size = cell * (1 << (2 * level));
        long h = sig * 0x2545F4914F6CDD1DL + level;
        for (int a = 0; a < proj; a++) {
            h = h * 0x9E3779B97F4A7C15L + (long) Math.floor(pos[off + a] / size);
        }
        return h;
    }

    private long cellHash(int level, long sig, long[] coords) {
        long h = sig * 0x2545F4914F6CDD1DL + level;
        for (int a = 0; a < proj; a++) {
            h = h * 0x9E3779B97F4A7C15L + coords[a];
        }
        return h;
    }

    /**
     * Fills {@code out} with up to three partner groups for g, best predicted improvement first;
     * returns how many.
     */
    static long nQueries, nVisits, nCells, nRekeys;
    int partners(int g, int[] out) {
        nQueries++;
        foundCount = 0;
        double own = residualNorm(g);
        double radius = 1.1 * (0.5 * own + 0.5 * Math.min(own, highResidual));
        if (radius <= 0) {
            return 0;
        }
        int level = 0;
        while (level < LEVELS - 1 && cell * (1 << (2 * level)) < CELLFACTOR * radius) {
            level++;
        }
        double size = cell * (1 << (2 * level));
        int base = p.start[g];
        int firstKey = g << keyShift;
        int keys = keysOfGroup[g];
        int offset = keys == 0 ? 0 : (int) Math.floorMod(queryCounter++ * 7L, keys);
        for (int kk = 0; kk < keys; kk++) {
            if (EARLY && foundCount == MAX_OUT) {
                break;
            }
            int key = firstKey + (offset + kk) % keys;
            // g's own keys are already in the index: reuse their signature, sum and position.
            int d0 = key * STRIDE * 4;
            long sig = Double.doubleToRawLongBits(eData[d0 + 3]);
            int mask = kMask[key];
            System.arraycopy(kSum, key * dim, sumA, 0, dim);
            for (int a = 0; a < proj; a++) {
                zA[a] = eData[d0 + a];
                lo[a] = (long) Math.floor((zA[a] - radius) / size);
                hi[a] = (long) Math.floor((zA[a] + radius) / size);
            }
            for (int a = proj; a < 3; a++) {
                lo[a] = 0;
                hi[a] = 0;
            }
            // The cell holding z_A first (its keys are the most promising), then the others.
            budget = PER_SUBSET;
            for (int a = 0; a < 3; a++) {
                centre[a] = a < proj ? (long) Math.floor(zA[a] / size) : 0;
            }
            scanCell(heads.get(cellHash(level, sig, centre)), g, sig, radius, base, mask);
            for (c[0] = lo[0]; c[0] <= hi[0] && budget > 0; c[0]++) {
                for (c[1] = lo[1]; c[1] <= hi[1] && budget > 0; c[1]++) {
                    for (c[2] = lo[2]; c[2] <= hi[2] && budget > 0; c[2]++) {
                        if (c[0] != centre[0] || c[1] != centre[1] || c[2] != centre[2]) {
                            scanCell(heads.get(cellHash(level, sig, c)), g, sig, radius, base, mask);
                        }
                    }
                }
            }
        }
        System.arraycopy(found, 0, out, 0, foundCount);
        return foundCount;
    }

    private final double[] scratchPos = new double[3];

    private void scanCell(int first, int g, long sig, double radius, int baseA, int maskA) {
        double r2 = radius * radius;
        nCells++;
        for (int e = first; e >= 0 && budget-- > 0; e = eNext[e]) {
            nVisits++;
            int d = e * 4;
            if (Double.doubleToRawLongBits(eData[d + 3]) != sig) {
                continue;
            }
            double d2 = 0;
            for (int a = 0; a < proj; a++) {
                double t = eData[d + a] - zA[a];
                d2 += t * t;
            }
            if (d2 > r2) {
                continue;
            }
            int key = e / STRIDE;
            int h = key >>> keyShift;
            if (h == g) {
                continue;
            }
            double delta = identity ? exchangeDeltaFromEntry(g, h, d) : exchangeDelta(g, h, key);
            if (delta < -1e-12 && (foundCount < MAX_OUT || delta < foundDelta[MAX_OUT - 1])
                    && slackRulesAllow(g, baseA, maskA, h, key)) {
                offer(h, delta);
            }
        }
    }

    /** Exact variance change of exchanging the queried subset of g (sum in sumA) for the key's subset of h. */
    private double exchangeDelta(int g, int h, int key) {
        double ca = 0;
        double cb = 0;
        double oa = 0;
        double ob = 0;
        int ko = key * dim;
        int go = g * dim;
        int ho = h * dim;
        for (int q = 0; q < dim; q++) {
            double u = kSum[ko + q] - sumA[q];
            double sg = p.sums[go + q];
            double sh = p.sums[ho + q];
            oa += sg * sg;
            ob += sh * sh;
            ca += (sg + u) * (sg + u);
            cb += (sh - u) * (sh - u);
        }
        return (ca - oa) / p.sizes[g] + (cb - ob) / p.sizes[h];
    }

    /** As {@link #exchangeDelta} when the key position is unprojected: ΣB = position + e_h/2. */
    private double exchangeDeltaFromEntry(int g, int h, int d) {
        double ca = 0;
        double cb = 0;
        double oa = 0;
        double ob = 0;
        int go = g * dim;
        int ho = h * dim;
        for (int q = 0; q < dim; q++) {
            double sh = p.sums[ho + q];
            double u = eData[d + q] + 0.5 * sh - sumA[q];
            double sg = p.sums[go + q];
            oa += sg * sg;
            ob += sh * sh;
            ca += (sg + u) * (sg + u);
            cb += (sh - u) * (sh - u);
        }
        return (ca - oa) / p.sizes[g] + (cb - ob) / p.sizes[h];
    }

    /** Count rules with slack still hold after exchanging subset A of g for the key's subset of h. */
    private boolean slackRulesAllow(int g, int baseA, int maskA, int h, int key) {
        int baseB = p.start[h];
        int maskB = kMask[key];
        for (int r = 0; r < rules.length; r++) {
            if (tight[r]) {
                continue;
            }
            CountRule rule = rules[r];
            int[] delta = slackDelta[r];
            addCategories(rule, baseA, maskA, delta, -1);
            addCategories(rule, baseB, maskB, delta, +1);
            boolean ok = holds(rule, r, g, h, baseA, maskA, delta) && holds(rule, r, g, h, baseB, maskB, delta);
            addCategories(rule, baseA, maskA, delta, 0);
            addCategories(rule, baseB, maskB, delta, 0);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** delta[c] += sign per member of the subset; sign 0 resets the touched entries. */
    private void addCategories(CountRule rule, int base, int mask, int[] delta, int sign) {
        for (int m = mask; m != 0; m &= m - 1) {
            int cat = rule.categoryOf(p.members[base + Integer.numberOfTrailingZeros(m)]);
            if (cat >= 0) {
                delta[cat] = sign == 0 ? 0 : delta[cat] + sign;
            }
        }
    }

    /** The categories occurring in one subset: g changes by +delta, h by −delta. */
    private boolean holds(CountRule rule, int r, int g, int h, int base, int mask, int[] delta) {
        int cc = rule.categoryCount();
        for (int m = mask; m != 0; m &= m - 1) {
            int cat = rule.categoryOf(p.members[base + Integer.numberOfTrailingZeros(m)]);
            if (cat < 0 || delta[cat] == 0) {
                continue;
            }
            int ng = p.counts[r][g * cc + cat] + delta[cat];
            int nh = p.counts[r][h * cc + cat] - delta[cat];
            if (ng < rule.lo(g, cat) || ng > rule.hi(g, cat) || nh < rule.lo(h, cat) || nh > rule.hi(h, cat)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the best MAX_OUT distinct partners, sorted by predicted change. */
    private void offer(int h, double delta) {
        for (int t = 0; t < foundCount; t++) {
            if (found[t] == h) {
                if (delta < foundDelta[t]) {
                    foundDelta[t] = delta;
                    sortFound();
                }
                return;
            }
        }
        if (foundCount < MAX_OUT) {
            found[foundCount] = h;
            foundDelta[foundCount] = delta;
            foundCount++;
        } else {
            found[MAX_OUT - 1] = h;
            foundDelta[MAX_OUT - 1] = delta;
        }
        sortFound();
    }

    private void sortFound() {
        for (int a = 1; a < foundCount; a++) {
            for (int b = a; b > 0 && foundDelta[b] < foundDelta[b - 1]; b--) {
                double td = foundDelta[b];
                foundDelta[b] = foundDelta[b - 1];
                foundDelta[b - 1] = td;
                int tg = found[b];
                found[b] = found[b - 1];
                found[b - 1] = tg;
            }
        }
    }
}
