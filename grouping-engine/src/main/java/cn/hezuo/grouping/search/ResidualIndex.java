package cn.hezuo.grouping.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * equal size larger exchanges are mirror images of these) in a {@link KeyGrid}, bucketed by the
 * subset's {@link ExchangeRules#signature signature} and a cell of a 3-d grid (the first three
 * principal axes when there are more dimensions; projection only shrinks distances). A query scans
 * the cells around each of g's keys within a radius of about |e_g|: improving exchanges between g
 * and h lie within it whenever |e_h| ≤ |e_g|, so an exchange is found from the side with the
 * larger residual, and a descent that re-queries every changed group ends in a local optimum of
 * these exchanges.
 *
 * <p>Cost: O(keys per group) to re-key a changed group; a query examines at most
 * {@value #PER_KEY} stored keys per key of g and stops once it has {@value #MAX_OUT} partners.
 */
final class ResidualIndex {

    /** Partners returned per query; the search tries them in random order. */
    private static final int MAX_OUT = 8;
    /** Stored keys one key of a query may examine; large residuals have many improving partners anyway. */
    private static final int PER_KEY = 48;

    private final Partition p;
    private final int dim;
    private final int proj;
    private final double[] axes;
    private final boolean identity;
    private final ExchangeRules exchange;
    private final boolean[] pinned;
    private final boolean anyPinned;
    private final int[][] subsetsBySize;
    private final int keyShift;
    private final KeyGrid grid;

    /** Keys of group g occupy slots g·2^keyShift …; their member masks and coordinate sums. */
    private final int[] keysOfGroup;
    private final int[] kMask;
    private final double[] kSum;
    private double highResidual;

    private double[] memberX = new double[0];
    private int[] memberClass = new int[0];
    private final double[] pos = new double[3];
    private final double[] zA = new double[3];
    private final double[] sumA;
    private final long[] lo = new long[3];
    private final long[] hi = new long[3];
    private final long[] cell = new long[3];
    private final long[] centre = new long[3];
    private final int[] found = new int[MAX_OUT];
    private final double[] foundDelta = new double[MAX_OUT];
    private int foundCount;
    private int budget;
    private long queryCounter;

    ResidualIndex(Partition p) {
        this.p = p;
        this.dim = p.dim;
        this.proj = Math.min(3, dim);
        this.axes = Projection.principalAxes(p.x, p.n, dim, proj);
        this.identity = dim <= 3;
        this.exchange = new ExchangeRules(p);
        int[] fixed = p.model.fixedGroup();
        int[] unitOf = p.model.unitOf();
        pinned = new boolean[p.n];
        boolean any = false;
        for (int i = 0; i < p.n; i++) {
            pinned[i] = fixed[i] >= 0 || unitOf[i] >= 0;
            any |= pinned[i];
        }
        anyPinned = any;
        subsetsBySize = new int[Arrays.stream(p.sizes).max().orElse(1) + 1][];
        int most = 1;
        for (int s : p.sizes) {
            most = Math.max(most, subsets(s).length);
        }
        keyShift = 32 - Integer.numberOfLeadingZeros(most - 1);
        int keys = p.k << keyShift;
        keysOfGroup = new int[p.k];
        kMask = new int[keys];
        kSum = new double[keys * dim];
        sumA = new double[dim];
        grid = new KeyGrid(keys, proj);
        rebuild();
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
        highResidual = r[Math.min(p.k - 1, (int) (p.k * 0.9))];
        grid.reset(Math.max(r[p.k / 2], 1e-9), p.k << keyShift);
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
        return median < grid.cell() / 4 || median > grid.cell() * 4;
    }

    /** Group g's members (and so its residual) changed: replace its keys. */
    void groupChanged(int g) {
        int first = g << keyShift;
        for (int key = first; key < first + keysOfGroup[g]; key++) {
            grid.remove(key);
        }
        keysOfGroup[g] = 0;
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

    /** Keys of g: one per subset of its movable members, at ΣB − e_g/2. */
    private void insert(int g) {
        int base = p.start[g];
        int size = p.sizes[g];
        int slots = Math.min(size, 31);
        if (memberX.length < slots * dim) {
            memberX = new double[slots * dim];
            memberClass = new int[slots];
        }
        int pinnedSlots = 0;
        for (int t = 0; t < slots; t++) {
            int i = p.members[base + t];
            System.arraycopy(p.x, i * dim, memberX, t * dim, dim);
            memberClass[t] = exchange.tightClass(i);
            if (anyPinned && pinned[i]) {
                pinnedSlots |= 1 << t;
            }
        }
        int key = g << keyShift;
        for (int mask : subsets(size)) {
            if ((mask & pinnedSlots) != 0) {
                continue;
            }
            kMask[key] = mask;
            int ko = key * dim;
            for (int q = 0; q < dim; q++) {
                kSum[ko + q] = 0;
            }
            for (int m = mask; m != 0; m &= m - 1) {
                int mo = Integer.numberOfTrailingZeros(m) * dim;
                for (int q = 0; q < dim; q++) {
                    kSum[ko + q] += memberX[mo + q];
                }
            }
            position(kSum, ko, g, pos);
            grid.add(key, pos, exchange.signature(memberClass, mask));
            key++;
        }
        keysOfGroup[g] = key - (g << keyShift);
    }

    /** Projected key {@code ΣB − e_g/2}. */
    private void position(double[] sum, int off, int g, double[] out) {
        int go = g * dim;
        for (int a = 0; a < proj; a++) {
            double s = 0;
            if (identity) {
                s = sum[off + a] - 0.5 * p.sums[go + a];
            } else {
                for (int q = 0; q < dim; q++) {
                    s += axes[a * dim + q] * (sum[off + q] - 0.5 * p.sums[go + q]);
                }
            }
            out[a] = s;
        }
    }

    /**
     * Fills {@code out} with up to eight partner groups for g (best predicted improvement first) and
     * returns how many.
     */
    int partners(int g, int[] out) {
        foundCount = 0;
        double own = residualNorm(g);
        double radius = 1.1 * (0.5 * own + 0.5 * Math.min(own, highResidual));
        if (radius <= 0) {
            return 0;
        }
        int level = grid.levelFor(radius);
        double size = grid.cellSize(level);
        int firstKey = g << keyShift;
        int keys = keysOfGroup[g];
        // Start at a rotating key and stop once MAX_OUT partners are found: in big classes almost
        // every query finds plenty, and scanning all keys would only cost time.
        int offset = keys == 0 ? 0 : Math.floorMod(queryCounter++ * 7L, keys);
        for (int kk = 0; kk < keys && foundCount < MAX_OUT; kk++) {
            int key = firstKey + (offset + kk) % keys;
            // g's own keys are already stored: reuse their position, signature and sum.
            int own0 = KeyGrid.entryOf(key);
            long sig = grid.signature(own0);
            System.arraycopy(kSum, key * dim, sumA, 0, dim);
            for (int a = 0; a < 3; a++) {
                zA[a] = a < proj ? grid.coordinate(own0, a) : 0;
                lo[a] = a < proj ? (long) Math.floor((zA[a] - radius) / size) : 0;
                hi[a] = a < proj ? (long) Math.floor((zA[a] + radius) / size) : 0;
                centre[a] = a < proj ? (long) Math.floor(zA[a] / size) : 0;
            }
            // The cell holding z_A first (its keys are the most promising), then the others.
            budget = PER_KEY;
            scan(grid.first(level, sig, centre), g, sig, radius, kMask[key]);
            for (cell[0] = lo[0]; cell[0] <= hi[0] && budget > 0; cell[0]++) {
                for (cell[1] = lo[1]; cell[1] <= hi[1] && budget > 0; cell[1]++) {
                    for (cell[2] = lo[2]; cell[2] <= hi[2] && budget > 0; cell[2]++) {
                        if (cell[0] != centre[0] || cell[1] != centre[1] || cell[2] != centre[2]) {
                            scan(grid.first(level, sig, cell), g, sig, radius, kMask[key]);
                        }
                    }
                }
            }
        }
        System.arraycopy(found, 0, out, 0, foundCount);
        return foundCount;
    }

    /** Offers every improving, rule-keeping exchange with the keys of one cell. */
    private void scan(int first, int g, long sig, double radius, int maskA) {
        double r2 = radius * radius;
        for (int e = first; e >= 0 && budget-- > 0; e = grid.next(e)) {
            if (grid.signature(e) != sig) {
                continue;
            }
            double d2 = 0;
            for (int a = 0; a < proj; a++) {
                double t = grid.coordinate(e, a) - zA[a];
                d2 += t * t;
            }
            if (d2 > r2) {
                continue;
            }
            int key = KeyGrid.keyOf(e);
            int h = key >>> keyShift;
            if (h == g) {
                continue;
            }
            double delta = exchangeDelta(g, h, key);
            if (delta < -1e-12 && (foundCount < MAX_OUT || delta < foundDelta[MAX_OUT - 1])
                    && exchange.allow(g, maskA, h, kMask[key])) {
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
