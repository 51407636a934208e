package cn.hezuo.grouping.report;

/** Group membership lists (students in roster order) from a group-per-student array. */
final class Members {

    private Members() {
    }

    static int[][] of(int[] groupOf, int k) {
        int[] size = new int[k];
        for (int g : groupOf) {
            size[g]++;
        }
        int[][] out = new int[k][];
        for (int g = 0; g < k; g++) {
            out[g] = new int[size[g]];
        }
        int[] fill = new int[k];
        for (int i = 0; i < groupOf.length; i++) {
            out[groupOf[i]][fill[groupOf[i]]++] = i;
        }
        return out;
    }
}
