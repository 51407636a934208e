package cn.hezuo.grouping.review;

import java.util.ArrayDeque;
import java.util.Arrays;

/** Dinic's maximum flow (Dinic 1970), {@code O(V²E)}; used on the small graph between classes. */
final class MaxFlow {

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private long[] cap = new long[16];
    private long[] original = new long[16];
    private int edges;
    private int[] level;
    private int[] it;

    MaxFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and returns its index (for {@link #flowOn}). */
    int add(int from, int target, long capacity) {
        int e = edges;
        push(from, target, capacity);
        push(target, from, 0);
        return e;
    }

    private void push(int from, int target, long capacity) {
        if (edges == to.length) {
            int size = edges * 2;
            next = Arrays.copyOf(next, size);
            to = Arrays.copyOf(to, size);
            cap = Arrays.copyOf(cap, size);
            original = Arrays.copyOf(original, size);
        }
        to[edges] = target;
        cap[edges] = capacity;
        original[edges] = capacity;
        next[edges] = head[from];
        head[from] = edges++;
    }

    long flowOn(int edge) {
        return original[edge] - cap[edge];
    }

    long run(int source, int sink) {
        long total = 0;
        level = new int[nodes];
        it = new int[nodes];
        while (bfs(source, sink)) {
            System.arraycopy(head, 0, it, 0, nodes);
            long f;
            while ((f = dfs(source, sink, Long.MAX_VALUE)) > 0) {
                total += f;
            }
        }
        return total;
    }

    private boolean bfs(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e >= 0; e = next[e]) {
                if (cap[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[v] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    // Depth is at most 3 here (source → class → class → sink), so recursion is shallow.
    private long dfs(int v, int sink, long pushed) {
        if (v == sink) {
            return pushed;
        }
        for (; it[v] >= 0; it[v] = next[it[v]]) {
            int e = it[v];
            int w = to[e];
            if (cap[e] > 0 && level[w] == level[v] + 1) {
                long f = dfs(w, sink, Math.min(pushed, cap[e]));
                if (f > 0) {
                    cap[e] -= f;
                    cap[e ^ 1] += f;
                    return f;
                }
            }
        }
        return 0;
    }
}
