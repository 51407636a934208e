package cn.hezuo.grouping.prepare;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Largest clique of the keep-apart graph (Bron–Kerbosch with pivoting). A clique of size greater
 * than the number of groups can never be placed. Keep-apart graphs from teachers are small and
 * sparse, so this is instant; a step budget guards against pathological input (then the check is
 * skipped and the search reports any failure instead).
 */
final class Cliques {

    private final BitSet[] adj;
    private BitSet best = new BitSet();
    private long steps;
    private static final long BUDGET = 200_000;

    private Cliques(BitSet[] adj) {
        this.adj = adj;
    }

    /** Nodes of a maximum clique, or an empty list if the budget ran out. */
    static List<Integer> maximum(BitSet[] adj) {
        Cliques c = new Cliques(adj);
        BitSet p = new BitSet();
        for (int v = 0; v < adj.length; v++) {
            if (!adj[v].isEmpty()) {
                p.set(v);
            }
        }
        c.expand(new BitSet(), p, new BitSet());
        if (c.steps > BUDGET) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        c.best.stream().forEach(out::add);
        return out;
    }

    private void expand(BitSet r, BitSet p, BitSet x) {
        if (++steps > BUDGET) {
            return;
        }
        if (p.isEmpty() && x.isEmpty()) {
            if (r.cardinality() > best.cardinality()) {
                best = (BitSet) r.clone();
            }
            return;
        }
        BitSet px = (BitSet) p.clone();
        px.or(x);
        int pivot = px.nextSetBit(0);
        BitSet candidates = (BitSet) p.clone();
        candidates.andNot(adj[pivot]);
        for (int v = candidates.nextSetBit(0); v >= 0; v = candidates.nextSetBit(v + 1)) {
            BitSet r2 = (BitSet) r.clone();
            r2.set(v);
            BitSet p2 = (BitSet) p.clone();
            p2.and(adj[v]);
            BitSet x2 = (BitSet) x.clone();
            x2.and(adj[v]);
            expand(r2, p2, x2);
            p.clear(v);
            x.set(v);
        }
    }
}
