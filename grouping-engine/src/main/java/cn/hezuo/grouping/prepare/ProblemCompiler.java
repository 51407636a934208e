package cn.hezuo.grouping.prepare;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Notice;
import cn.hezuo.grouping.Student;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates a {@link GroupingProblem} and compiles it into a {@link Model}. Every check that can be
 * made without searching is made here, so infeasible input fails fast with a
 * {@link cn.hezuo.grouping.GroupingException} whose key says what is wrong. O(N·F + N log N) plus
 * the size of the constraint lists.
 */
public final class ProblemCompiler {

    private ProblemCompiler() {
    }

    public static Model compile(GroupingProblem problem) {
        return compile(problem, null);
    }

    /**
     * Compiles for a given grouping ({@code groupOf}, may be null): group sizes are then the sizes
     * that grouping has instead of the size plan.
     */
    public static Model compile(GroupingProblem problem, int[] groupOf) {
        GroupingOptions options = problem.options();
        List<Student> students = problem.students();
        int n = students.size();
        if (n == 0) {
            throw Messages.error("grouping.input.noStudents");
        }
        String[] ids = new String[n];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String id = students.get(i).id();
            if (id.isBlank()) {
                throw Messages.error("grouping.input.blankId", i + 1);
            }
            if (index.putIfAbsent(id, i) != null) {
                throw Messages.error("grouping.input.duplicateId", id);
            }
            ids[i] = id;
        }
        List<Notice> notices = new ArrayList<>();
        Features features = features(problem, notices);
        int[] sizes = groupOf == null ? SizePlan.sizes(n, options) : actualSizes(groupOf, n);
        RuleBuilder rules = new RuleBuilder(problem, features, sizes, ids);
        Relations rel = Relations.build(options, index, ids, sizes);
        notices.addAll(rules.notices());
        notices.addAll(rel.notices());
        return new Model(ids, sizes, features, options.objective(), rules.rules(), rules.classOf(), rules.classCount(),
                rel.fixedGroup(), rel.units(), rel.unitOf(), rel.apart(), rel.previousLabel(),
                options.repeatPenalty(), rules.leader(), problem.featureNames(), rules.reportAttributes(),
                rules.reportValues(), rules.tierPlan(), notices, options);
    }

    private static int[] actualSizes(int[] groupOf, int n) {
        if (groupOf.length != n) {
            throw Messages.error("grouping.input.assignment", groupOf.length, n);
        }
        int k = 0;
        for (int g : groupOf) {
            if (g < 0) {
                throw Messages.error("grouping.input.assignment", groupOf.length, n);
            }
            k = Math.max(k, g + 1);
        }
        int[] sizes = new int[k];
        for (int g : groupOf) {
            sizes[g]++;
        }
        return sizes;
    }

    /** Raw matrix, objective feature selection and standardisation. */
    private static Features features(GroupingProblem problem, List<Notice> notices) {
        List<String> names = problem.featureNames();
        int f = names.size();
        int n = problem.students().size();
        double[] raw = new double[n * f];
        for (int i = 0; i < n; i++) {
            Student s = problem.students().get(i);
            double[] v = s.features();
            if (v.length != f) {
                throw Messages.error("grouping.input.featureCount", s.id(), v.length, f);
            }
            for (int c = 0; c < f; c++) {
                if (Double.isInfinite(v[c])) {
                    throw Messages.error("grouping.input.badNumber", s.id(), names.get(c));
                }
                raw[i * f + c] = v[c];
            }
        }
        Map<String, Double> weights = problem.options().featureWeights();
        int[] objective;
        double[] w;
        if (weights.isEmpty()) {
            objective = new int[f];
            w = new double[f];
            for (int c = 0; c < f; c++) {
                objective[c] = c;
                w[c] = 1.0;
            }
        } else {
            List<Integer> idx = new ArrayList<>();
            List<Double> ws = new ArrayList<>();
            for (Map.Entry<String, Double> e : weights.entrySet()) {
                int c = names.indexOf(e.getKey());
                if (c < 0) {
                    throw Messages.error("grouping.input.unknownFeature", e.getKey());
                }
                double wt = e.getValue() == null ? Double.NaN : e.getValue();
                if (!(wt >= 0) || Double.isInfinite(wt)) {
                    throw Messages.error("grouping.input.badWeight", e.getKey(), String.valueOf(e.getValue()));
                }
                if (wt > 0) {
                    idx.add(c);
                    ws.add(wt);
                }
            }
            objective = idx.stream().mapToInt(Integer::intValue).toArray();
            w = ws.stream().mapToDouble(Double::doubleValue).toArray();
        }
        Features out = Standardiser.standardise(raw, n, f, objective, w, problem.options().objective());
        if (out.missing() > 0) {
            List<String> cols = new ArrayList<>();
            for (int c = 0; c < f; c++) {
                for (int i = 0; i < n; i++) {
                    if (Double.isNaN(raw[i * f + c])) {
                        cols.add(names.get(c));
                        break;
                    }
                }
            }
            notices.add(Messages.notice("grouping.warning.imputed", out.missing(), String.join(", ", cols)));
        }
        return out;
    }
}
