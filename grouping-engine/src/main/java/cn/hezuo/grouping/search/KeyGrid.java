package cn.hezuo.grouping.search;

/**
 * Storage for {@link ResidualIndex}: points (up to three coordinates plus a 64-bit signature) in
 * hashed grid cells of {@value #LEVELS} sizes, {@code cell} and {@code 4·cell}. Keys live in fixed
 * slots chosen by the caller; each key has one entry per level ({@code entry = key·4 + level}), and
 * entries of a cell form a doubly linked list, so adding or removing a key is O(levels) with no
 * garbage. Only cells with entries are in the hash map (empty ones are deleted), which keeps probes
 * short and the map small. An entry's coordinates and signature sit next to each other in one
 * array, so scanning a cell touches one cache line per entry.
 */
final class KeyGrid {

    static final int LEVELS = 2;
    private static final int STRIDE = 4;

    private final int proj;
    /** Per entry: x, y, z and the signature's bits. */
    private final double[] data;
    private final long[] cellOf;
    private final int[] next;
    private final int[] prev;
    private LongIntMap heads;
    private double cell;

    KeyGrid(int keys, int proj) {
        this.proj = proj;
        data = new double[keys * STRIDE * 4];
        cellOf = new long[keys * STRIDE];
        next = new int[keys * STRIDE];
        prev = new int[keys * STRIDE];
        heads = new LongIntMap(keys);
    }

    /** Empties the grid and sets the finest cell size. */
    void reset(double cellSize, int expectedKeys) {
        cell = cellSize;
        heads = new LongIntMap(expectedKeys);
    }

    double cell() {
        return cell;
    }

    /** Edge length of the cells of {@code level}. */
    double cellSize(int level) {
        return cell * (1 << (2 * level));
    }

    /** The finest level whose cells are at least {@code radius} wide (the coarsest if none). */
    int levelFor(double radius) {
        int level = 0;
        while (level < LEVELS - 1 && cellSize(level) < radius) {
            level++;
        }
        return level;
    }

    /** Adds key at the given projected position (first {@code proj} of {@code pos}) and signature. */
    void add(int key, double[] pos, long signature) {
        int first = key * STRIDE;
        for (int level = 0; level < LEVELS; level++) {
            int e = first + level;
            int d = e * 4;
            for (int a = 0; a < 3; a++) {
                data[d + a] = a < proj ? pos[a] : 0;
            }
            data[d + 3] = Double.longBitsToDouble(signature);
            long h = hash(level, signature, data, d);
            cellOf[e] = h;
            int head = heads.get(h);
            next[e] = head;
            prev[e] = -1;
            if (head >= 0) {
                prev[head] = e;
            }
            heads.put(h, e);
        }
    }

    /** Removes key from every level. */
    void remove(int key) {
        int first = key * STRIDE;
        for (int level = 0; level < LEVELS; level++) {
            int e = first + level;
            int nx = next[e];
            int pv = prev[e];
            if (pv >= 0) {
                next[pv] = nx;
            } else if (nx >= 0) {
                heads.put(cellOf[e], nx);
            } else {
                heads.remove(cellOf[e]);
            }
            if (nx >= 0) {
                prev[nx] = pv;
            }
        }
    }

    /** First entry of the cell with integer coordinates {@code cellCoords} at {@code level}, or -1. */
    int first(int level, long signature, long[] cellCoords) {
        long h = signature * 0x2545F4914F6CDD1DL + level;
        for (int a = 0; a < proj; a++) {
            h = h * 0x9E3779B97F4A7C15L + cellCoords[a];
        }
        return heads.get(h);
    }

    int next(int entry) {
        return next[entry];
    }

    static int keyOf(int entry) {
        return entry / STRIDE;
    }

    /** Coordinate a (0..2) of an entry. */
    double coordinate(int entry, int a) {
        return data[entry * 4 + a];
    }

    long signature(int entry) {
        return Double.doubleToRawLongBits(data[entry * 4 + 3]);
    }

    /** The level-0 entry of a key, whose coordinates and signature the key's owner may read. */
    static int entryOf(int key) {
        return key * STRIDE;
    }

    private long hash(int level, long signature, double[] pos, int off) {
        double size = cellSize(level);
        long h = signature * 0x2545F4914F6CDD1DL + level;
        for (int a = 0; a < proj; a++) {
            h = h * 0x9E3779B97F4A7C15L + (long) Math.floor(pos[off + a] / size);
        }
        return h;
    }
}
