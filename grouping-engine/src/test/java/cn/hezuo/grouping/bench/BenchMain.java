package cn.hezuo.grouping.bench;

import cn.hezuo.grouping.GroupingEngine;
import cn.hezuo.grouping.GroupingOptions;
import cn.hezuo.grouping.GroupingProblem;
import cn.hezuo.grouping.GroupingResult;
import cn.hezuo.grouping.Objective;
import cn.hezuo.grouping.Student;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Times {@link GroupingEngine#solve} on a {@code gen_roster.py} file in one warm JVM: untimed warm-up solves, then {@code --reps} timed ones (same seed, so the same work each time), and writes
 * the grouping as {@code id,group} for {@code score.py}. Prints one line:
 * {@code median_ms=… min_ms=… max_ms=… cpu_median_ms=… peak_heap_mb=… between_ss=…}: wall-clock
 * times of the solve call, the median CPU time of the calling thread (less sensitive to other load
 * on the machine), and the largest used heap seen by a 2 ms sampler during the timed solves.
 *
 * <p>{@code java -Xmx1g -cp target/classes:target/test-classes cn.hezuo.grouping.bench.BenchMain
 * --roster roster.csv --out groups.csv [--objective variance|kplus] [--size 5] [--seed 7]
 * [--reps 5] [--warmup 1] [--warmup-seconds 3] [--threads 1]}. Warm-up runs at least
 * {@code --warmup} solves and for at least {@code --warmup-seconds}, so the JIT has compiled the hot
 * code before timing starts.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        Path roster = Path.of(a.get("--roster"));
        Path out = Path.of(a.get("--out"));
        Objective objective = Objective.valueOf(a.getOrDefault("--objective", "variance").toUpperCase(Locale.ROOT));
        int size = Integer.parseInt(a.getOrDefault("--size", "5"));
        long seed = Long.parseLong(a.getOrDefault("--seed", "7"));
        int reps = Integer.parseInt(a.getOrDefault("--reps", "5"));
        int warmup = Integer.parseInt(a.getOrDefault("--warmup", "1"));
        double warmupSeconds = Double.parseDouble(a.getOrDefault("--warmup-seconds", "3"));
        int threads = Integer.parseInt(a.getOrDefault("--threads", "1"));
        List<Student> students = read(roster);
        GroupingOptions options = GroupingOptions.builder().groupSize(size).balance("gender", "tier")
                .objective(objective).seed(seed).threads(threads).build();
        GroupingProblem problem = new GroupingProblem(List.of("chinese", "math", "english"), students, options);

        long warmStart = System.nanoTime();
        for (int w = 0; w < warmup || System.nanoTime() - warmStart < warmupSeconds * 1e9; w++) {
            GroupingEngine.solve(problem);
        }
        System.gc();
        AtomicLong peak = new AtomicLong();
        Thread sampler = heapSampler(peak);
        long[] times = new long[reps];
        long[] cpu = new long[reps];
        java.lang.management.ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        GroupingResult result = null;
        for (int r = 0; r < reps; r++) {
            long c0 = threadsBean.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = GroupingEngine.solve(problem);
            times[r] = System.nanoTime() - t0;
            cpu[r] = threadsBean.getCurrentThreadCpuTime() - c0;
        }
        sampler.interrupt();
        sampler.join();
        Arrays.sort(times);
        Arrays.sort(cpu);
        write(out, students, result.groupOf());
        System.out.printf(Locale.ROOT, "median_ms=%.1f min_ms=%.1f max_ms=%.1f cpu_median_ms=%.1f peak_heap_mb=%.0f between_ss=%.6f time_limit_hit=%s%n",
                times[reps / 2] / 1e6, times[0] / 1e6, times[reps - 1] / 1e6, cpu[reps / 2] / 1e6, peak.get() / 1048576.0,
                result.objectives().betweenGroupSs(), result.stats().timeLimitReached());
    }

    private static Thread heapSampler(AtomicLong peak) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** The gen_roster.py format: id,gender,chinese,math,english,tier. */
    private static List<Student> read(Path roster) throws IOException {
        List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
        List<Student> out = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            String[] p = line.split(",");
            out.add(new Student(p[0], new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3]),
                Double.parseDouble(p[4])}, Map.of("gender", p[1], "tier", p[5]), false));
        }
        return out;
    }

    private static void write(Path out, List<Student> students, int[] groupOf) throws IOException {
        StringBuilder sb = new StringBuilder("id,group\n");
        for (int i = 0; i < students.size(); i++) {
            sb.append(students.get(i).id()).append(',').append(groupOf[i] + 1).append('\n');
        }
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }
}
