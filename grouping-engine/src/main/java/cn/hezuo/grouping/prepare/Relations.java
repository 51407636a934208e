package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.Notice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keep-together units, keep-apart pairs, fixed placements and the previous grouping, resolved to
 * student indices and checked for contradictions:
 * unknown ids, a unit larger than any group, a pair that must be together and apart, a unit fixed
 * to two groups, more fixed students than a group holds, two apart students fixed to one group,
 * more mutually-apart students than groups, and units that cannot be packed into the groups.
 */
record Relations(int[] fixedGroup, int[][] units, int[] unitOf, int[][] apart, int[] previousLabel,
                 List<Notice> notices) {

    static Relations build(GroupingOptions options, Map<String, Integer> index, String[] ids, int[] sizes) {
        int n = ids.length;
        int k = sizes.length;
        int maxSize = Arrays.stream(sizes).max().orElse(0);
        List<Notice> notices = new ArrayList<>();

        UnionFind uf = new UnionFind(n);
        for (Set<String> set : options.keepTogether()) {
            int first = -1;
            for (String id : set) {
                int i = resolve(index, id, "keep together");
                if (first < 0) {
                    first = i;
                } else {
                    uf.union(first, i);
                }
            }
        }
        Map<Integer, List<Integer>> comps = new HashMap<>();
        for (int i = 0; i < n; i++) {
            comps.computeIfAbsent(uf.find(i), r -> new ArrayList<>()).add(i);
        }
        int[] unitOf = new int[n];
        Arrays.fill(unitOf, -1);
        List<int[]> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Integer> c = comps.get(i);
            if (c != null && c.size() > 1) {
                if (c.size() > maxSize) {
                    throw Messages.error("grouping.infeasible.togetherTooLarge", names(ids, c), maxSize);
                }
                for (int m : c) {
                    unitOf[m] = units.size();
                }
                units.add(c.stream().mapToInt(Integer::intValue).toArray());
            }
        }

        List<Set<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adj.add(new LinkedHashSet<>());
        }
        for (Set<String> set : options.keepApart()) {
            Set<Integer> members = new LinkedHashSet<>();
            for (String id : set) {
                members.add(resolve(index, id, "keep apart"));
            }
            if (members.size() > k) {
                throw Messages.error("grouping.infeasible.apartClique", names(ids, members), k);
            }
            for (int a : members) {
                for (int b : members) {
                    if (a != b) {
                        if (uf.find(a) == uf.find(b)) {
                            throw Messages.error("grouping.infeasible.togetherApart", ids[Math.min(a, b)], ids[Math.max(a, b)]);
                        }
                        adj.get(a).add(b);
                    }
                }
            }
        }

        int[] fixed = new int[n];
        Arrays.fill(fixed, -1);
        for (Map.Entry<String, Integer> e : options.fixedGroups().entrySet()) {
            int i = resolve(index, e.getKey(), "fixed placements");
            int g = e.getValue() == null ? -1 : e.getValue();
            if (g < 0 || g >= k) {
                throw Messages.error("grouping.infeasible.fixedGroup", e.getKey(), g + 1, k);
            }
            fixed[i] = g;
        }
        for (int[] u : units) {
            int g = -1;
            for (int m : u) {
                if (fixed[m] >= 0) {
                    if (g >= 0 && g != fixed[m]) {
                        throw Messages.error("grouping.infeasible.togetherFixed", names(ids, toList(u)));
                    }
                    g = fixed[m];
                }
            }
            if (g >= 0) {
                for (int m : u) {
                    fixed[m] = g;
                }
            }
        }
        int[] load = new int[k];
        for (int i = 0; i < n; i++) {
            if (fixed[i] >= 0) {
                load[fixed[i]]++;
            }
        }
        for (int g = 0; g < k; g++) {
            if (load[g] > sizes[g]) {
                throw Messages.error("grouping.infeasible.fixedCapacity", load[g], g + 1, sizes[g]);
            }
        }
        int[][] apart = new int[n][];
        for (int i = 0; i < n; i++) {
            apart[i] = adj.get(i).stream().mapToInt(Integer::intValue).toArray();
            for (int j : apart[i]) {
                if (i < j && fixed[i] >= 0 && fixed[i] == fixed[j]) {
                    throw Messages.error("grouping.infeasible.apartFixed", ids[i], ids[j], fixed[i] + 1);
                }
            }
        }
        checkCliques(apart, uf, ids, k);
        checkPacking(units, fixed, sizes, load, ids);
        int[] previous = previous(options, index, notices);
        return new Relations(fixed, units.toArray(int[][]::new), unitOf, apart, previous, notices);
    }

    private static int resolve(Map<String, Integer> index, String id, String where) {
        Integer i = index.get(id);
        if (i == null) {
            throw Messages.error("grouping.input.unknownStudent", id, where);
        }
        return i;
    }

    /** More students that must be pairwise apart than there are groups (units count as one node). */
    private static void checkCliques(int[][] apart, UnionFind uf, String[] ids, int k) {
        int n = apart.length;
        BitSet[] g = new BitSet[n];
        for (int i = 0; i < n; i++) {
            g[i] = new BitSet();
        }
        boolean any = false;
        for (int i = 0; i < n; i++) {
            for (int j : apart[i]) {
                int a = uf.find(i);
                int b = uf.find(j);
                g[a].set(b);
                g[b].set(a);
                any = true;
            }
        }
        if (!any) {
            return;
        }
        List<Integer> clique = Cliques.maximum(g);
        if (clique.size() > k) {
            throw Messages.error("grouping.infeasible.apartClique", names(ids, clique), k);
        }
    }

    /** First-fit decreasing of the free units into the room left by fixed students. */
    private static void checkPacking(List<int[]> units, int[] fixed, int[] sizes, int[] load, String[] ids) {
        int[] room = new int[sizes.length];
        for (int g = 0; g < sizes.length; g++) {
            room[g] = sizes[g] - load[g];
        }
        List<int[]> free = units.stream().filter(u -> fixed[u[0]] < 0)
                .sorted((a, b) -> b.length - a.length).toList();
        for (int[] u : free) {
            int best = -1;
            for (int g = 0; g < room.length; g++) {
                if (room[g] >= u.length && (best < 0 || room[g] > room[best])) {
                    best = g;
                }
            }
            if (best < 0) {
                String all = units.stream().map(x -> names(ids, toList(x))).collect(Collectors.joining("; "));
                throw Messages.error("grouping.infeasible.togetherPacking", all);
            }
            room[best] -= u.length;
        }
    }

    private static int[] previous(GroupingOptions options, Map<String, Integer> index, List<Notice> notices) {
        int[] label = new int[index.size()];
        Arrays.fill(label, -1);
        Map<String, Integer> labels = new HashMap<>();
        int unknown = 0;
        for (Map.Entry<String, String> e : options.previousGroups().entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) {
                unknown++;
                continue;
            }
            if (e.getValue() != null && !e.getValue().isBlank()) {
                label[i] = labels.computeIfAbsent(e.getValue().trim(), x -> labels.size());
            }
        }
        if (unknown > 0) {
            notices.add(Messages.notice("grouping.warning.unknownPrevious", unknown));
        }
        return label;
    }

    private static List<Integer> toList(int[] a) {
        return Arrays.stream(a).boxed().toList();
    }

    private static String names(String[] ids, java.util.Collection<Integer> idx) {
        return idx.stream().sorted().map(i -> ids[i]).collect(Collectors.joining(", "));
    }
}
