package cn.hezuo.exam.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scoring rate per knowledge point (spec §3): rate_k(G) = Σ_{i∈G} Σ_{j∈I_k} x_ij / (|G| · Σ_{j∈I_k} m_j), where I_k
 * is every item tagged with point k; an item with two tags counts fully in both. Each list is sorted weakest first
 * (lowest rate; ties by point name); a class where nobody sat the exam has NaN rates, listed last.
 *
 * @param overall all present students
 * @param byClass per class, in class order
 */
public record KnowledgePointRates(List<PointRate> overall, Map<String, List<PointRate>> byClass) {

    public KnowledgePointRates {
        overall = List.copyOf(overall);
        Map<String, List<PointRate>> copy = new LinkedHashMap<>();
        byClass.forEach((key, rates) -> copy.put(key, List.copyOf(rates)));
        byClass = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * @param items     labels of the items tagged with the point, in exam order
     * @param maxPoints Σ m_j over those items
     */
    public record PointRate(String point, List<String> items, double maxPoints, double rate) {

        public PointRate {
            items = List.copyOf(items);
        }
    }

    private static final Comparator<PointRate> WEAKEST_FIRST =
            Comparator.comparingDouble(PointRate::rate).thenComparing(PointRate::point);

    /** One pass over the points for the per-class item sums (O(N·K)), then O(classes · K) sums per point. */
    public static KnowledgePointRates compute(ExamMatrix matrix) {
        List<Item> items = matrix.items();
        int k = items.size();
        Map<String, List<Integer>> itemsByPoint = new LinkedHashMap<>();
        for (int j = 0; j < k; j++) {
            for (String point : items.get(j).knowledgePoints()) {
                itemsByPoint.computeIfAbsent(point, p -> new ArrayList<>()).add(j);
            }
        }
        ScoreTable scores = matrix.scores();
        double[] classSums = matrix.classItemSums();
        int classCount = scores.classCount();
        List<PointRate> overall = new ArrayList<>();
        List<List<PointRate>> perClass = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            perClass.add(new ArrayList<>());
        }
        itemsByPoint.forEach((point, members) -> {
            List<String> labels = members.stream().map(j -> items.get(j).label()).toList();
            double maxPoints = members.stream().mapToDouble(j -> items.get(j).maxPoints()).sum();
            double allSum = 0;
            for (int c = 0; c < classCount; c++) {
                double classSum = 0;
                for (int j : members) {
                    classSum += classSums[c * k + j];
                }
                allSum += classSum;
                perClass.get(c).add(new PointRate(point, labels, maxPoints, classSum / (scores.present(c) * maxPoints)));
            }
            overall.add(new PointRate(point, labels, maxPoints, allSum / (scores.size() * maxPoints)));
        });
        overall.sort(WEAKEST_FIRST);
        Map<String, List<PointRate>> byClass = new LinkedHashMap<>();
        for (int c = 0; c < classCount; c++) {
            perClass.get(c).sort(WEAKEST_FIRST);
            byClass.put(scores.classKeys().get(c), perClass.get(c));
        }
        return new KnowledgePointRates(overall, byClass);
    }
}
