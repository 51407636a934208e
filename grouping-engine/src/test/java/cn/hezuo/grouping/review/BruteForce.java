package cn.hezuo.grouping.review;

import java.util.List;

/** Test oracle: is there a k-regular review assignment among these groups? A member-level flow, tiny inputs only. */
final class BruteForce {

    private BruteForce() {
    }

    static boolean regularAssignmentExists(List<String> values, int k) {
        int n = values.size();
        int[][] cap = new int[2 * n + 2][2 * n + 2];
        int s = 2 * n;
        int t = 2 * n + 1;
        for (int i = 0; i < n; i++) {
            cap[s][i] = k;
            cap[n + i][t] = k;
            for (int j = 0; j < n; j++) {
                boolean same = !values.get(i).isEmpty() && values.get(i).equals(values.get(j));
                if (i != j && !same) {
                    cap[i][n + j] = 1;
                }
            }
        }
        int flow = 0;
        while (true) {
            int[] prev = new int[2 * n + 2];
            java.util.Arrays.fill(prev, -1);
            prev[s] = s;
            java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
            q.add(s);
            while (!q.isEmpty() && prev[t] < 0) {
                int v = q.poll();
                for (int w = 0; w < 2 * n + 2; w++) {
                    if (cap[v][w] > 0 && prev[w] < 0) {
                        prev[w] = v;
                        q.add(w);
                    }
                }
            }
            if (prev[t] < 0) {
                return flow == n * k;
            }
            for (int v = t; v != s; v = prev[v]) {
                cap[prev[v]][v]--;
                cap[v][prev[v]]++;
            }
            flow++;
        }
    }
}
