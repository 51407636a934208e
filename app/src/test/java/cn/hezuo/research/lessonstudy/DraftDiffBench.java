package cn.hezuo.research.lessonstudy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Benchmark (not a test; run by {@code app/bench/lessonstudy-diff-bench.sh}): the side-by-side diff of two 20-page
 * Chinese drafts — about 400 paragraphs and 16,000 characters each, the second with a fifth of its paragraphs edited
 * by a few characters, some paragraphs inserted and deleted, a table changed — computed with {@link DraftDiff} and
 * rendered through the page's real fragment ({@code research/lessonstudy/diff-table.html}) by Thymeleaf. Prints the
 * median and the slowest of the measured runs after warm-up.
 */
public final class DraftDiffBench {

    private static final String HAN = "教学目标学生能够理解掌握运用方程移项合并同类项系数化为一的步骤课堂提问讨论练习展示"
            + "评价反思情境导入探究归纳总结小组合作交流分享教师引导观察发现问题解决方法思考表达数学语言";

    private DraftDiffBench() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 21;
        Random random = new Random(15);
        List<String> first = draft(random, 20);
        List<String> second = edit(first, random);
        String a = String.join("\n", first);
        String b = String.join("\n", second);
        TemplateEngine engine = engine();
        System.out.printf("drafts: %d and %d paragraphs, %d and %d characters%n", first.size(), second.size(),
                a.length(), b.length());
        for (int i = 0; i < 10; i++) {
            render(engine, a, b);
        }
        long[] diffOnly = new long[runs];
        long[] total = new long[runs];
        long[] totalCpu = new long[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int length = 0;
        DraftDiff.Result result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = DraftDiff.of(a, b);
            diffOnly[i] = System.nanoTime() - start;
            start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            length = render(engine, a, b).length();
            total[i] = System.nanoTime() - start;
            totalCpu[i] = threads.getCurrentThreadCpuTime() - cpu;
        }
        System.out.printf("rows %d: %d changed, %d inserted, %d deleted; html %d characters%n", result.rows().size(),
                result.changed(), result.inserted(), result.deleted(), length);
        System.out.printf("diff only:        median %.1f ms, max %.1f ms (%d runs)%n", median(diffOnly), max(diffOnly), runs);
        System.out.printf("diff + rendering: median %.1f ms, max %.1f ms (%d runs)%n", median(total), max(total), runs);
        // On a shared machine the wall time includes waiting for a core; the thread's CPU time does not.
        System.out.printf("diff + rendering, CPU time of the thread: median %.1f ms, max %.1f ms; load average %.1f%n",
                median(totalCpu), max(totalCpu),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String render(TemplateEngine engine, String a, String b) {
        Context context = new Context();
        context.setVariable("diff", DraftDiff.of(a, b));
        return engine.process("research/lessonstudy/diff-table", java.util.Set.of("table"), context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** About 20 lines of 40 characters per page, a heading every 10 lines and a table every page. */
    static List<String> draft(Random random, int pages) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            for (int l = 0; l < 20; l++) {
                if (l % 10 == 0) {
                    lines.add("## 第" + (p + 1) + "页第" + (l / 10 + 1) + "部分");
                } else if (l == 15) {
                    lines.add("| 环节 | " + random.nextInt(30) + " 分钟 | " + words(random, 8) + " |");
                } else {
                    lines.add(words(random, 36 + random.nextInt(10)) + "。");
                }
            }
        }
        return lines;
    }

    static List<String> edit(List<String> lines, Random random) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            int dice = random.nextInt(100);
            if (dice < 3) {
                continue;
            }
            if (dice < 23) {
                StringBuilder s = new StringBuilder(line);
                for (int k = 0; k < 3; k++) {
                    int at = random.nextInt(s.length());
                    s.replace(at, Math.min(s.length(), at + 2), words(random, 3));
                }
                out.add(s.toString());
            } else {
                out.add(line);
            }
            if (dice > 96) {
                out.add(words(random, 30) + "。");
            }
        }
        return out;
    }

    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(HAN.charAt(random.nextInt(HAN.length())));
        }
        return s.toString();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }
}
