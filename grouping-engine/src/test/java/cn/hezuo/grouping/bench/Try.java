package cn.hezuo.grouping.bench;

import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.Student;
import cn.hezuo.grouping.prepare.Model;
import cn.hezuo.grouping.prepare.ProblemCompiler;
import cn.hezuo.grouping.search.Outcome;
import cn.hezuo.grouping.search.Solver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scratch experiment runner (not a test). */
public class Try {
    public static void main(String[] a) throws Exception {
        int reps = Integer.parseInt(a[1]);
        double effort = a.length > 2 ? Double.parseDouble(a[2]) : 1.0;
        for (String file : a[0].split(",")) {
            List<String> lines = Files.readAllLines(Path.of(file));
            List<Student> st = new ArrayList<>();
            for (String l : lines.subList(1, lines.size())) {
                String[] p = l.split(",");
                st.add(new Student(p[0], new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3]), Double.parseDouble(p[4])},
                        Map.of("gender", p[1], "tier", p[5]), false));
            }
            GroupingOptions o = GroupingOptions.builder().groupSize(5).balance("gender", "tier").seed(7).effort(effort).build();
            GroupingProblem prob = new GroupingProblem(List.of("chinese", "math", "english"), st, o);
            long[] times = new long[reps];
            long[] cpu = new long[reps];
            java.lang.management.ThreadMXBean tmx = java.lang.management.ManagementFactory.getThreadMXBean();
            double b = 0;
            for (int r = 0; r < reps; r++) {
                long t0 = System.nanoTime();
                long c0 = tmx.getCurrentThreadCpuTime();
                Model m = ProblemCompiler.compile(prob);
                Outcome out = Solver.solve(m, System.nanoTime() + 60_000_000_000L);
                times[r] = System.nanoTime() - t0;
                cpu[r] = tmx.getCurrentThreadCpuTime() - c0;
                b = between(m, out.groupOf());
            }
            java.util.Arrays.sort(times);
            java.util.Arrays.sort(cpu);
            System.out.printf("%s B=%.5f median=%.1fms min=%.1fms cpuMedian=%.1fms%n", file, b, times[reps / 2] / 1e6, times[0] / 1e6, cpu[reps / 2] / 1e6);
        }
    }

    static double between(Model m, int[] g) {
        int d = m.features().d();
        double[] z = m.features().z();
        double[] s = new double[m.k() * d];
        int[] c = new int[m.k()];
        for (int i = 0; i < m.n(); i++) {
            c[g[i]]++;
            for (int q = 0; q < d; q++) {
                s[g[i] * d + q] += z[i * d + q];
            }
        }
        double b = 0;
        for (int k = 0; k < m.k(); k++) {
            for (int q = 0; q < d; q++) {
                b += s[k * d + q] * s[k * d + q] / c[k];
            }
        }
        return b;
    }
}
