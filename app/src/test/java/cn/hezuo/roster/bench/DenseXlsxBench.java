package cn.hezuo.roster.bench;

import cn.hezuo.HezuoApplication;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.RosterImportKind;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.spreadsheet.SpreadsheetException;
import cn.hezuo.upload.StagedImport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The benchmark of issue 11 item 9 (run by {@code app/bench/dense-xlsx-bench.sh}; not a test). Boots the app, writes
 * the dense but legal workbook ({@link DenseXlsxFile}, 4,400 rows × 400 numeric cells) and uploads it to the roster
 * import of 七年级1班 through {@link StagedImport} as the admin, the way the upload page does: once per run,
 * then three at once. Also a 4,400 × 190 variant that passes the column limit and meets the cell limit. Prints, per
 * case, the median wall time and the median extra heap: the highest heap in use while the upload ran (sampled every
 * 2 ms, so garbage not yet collected counts: an upper bound) minus the heap in use after a GC before it.
 */
public final class DenseXlsxBench {

    public static void main(String[] args) throws Exception {
        int reps = Integer.getInteger("bench.reps", 3);
        Path work = Path.of(System.getProperty("bench.work", "target/dense-xlsx-bench"));
        Files.createDirectories(work);
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HezuoApplication.class).run(args);
        try {
            new DenseXlsxBench(ctx).run(reps, work);
        } finally {
            ctx.close();
        }
    }

    private final StagedImport imports;
    private final RosterImportKind kind;
    private final MessageSource messages;
    private final HezuoUser admin;
    private final long classId;

    private DenseXlsxBench(ConfigurableApplicationContext ctx) {
        imports = ctx.getBean(StagedImport.class);
        kind = ctx.getBean(RosterImportKind.class);
        messages = ctx.getBean(MessageSource.class);
        admin = (HezuoUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("admin");
        classId = ctx.getBean(SchoolClassRepository.class).findAll().stream()
                .filter(c -> c.getName().equals("七年级1班")).map(SchoolClass::getId).findFirst().orElseThrow();
    }

    private void run(int reps, Path work) throws Exception {
        System.out.printf("%-40s %10s %16s  %s%n", "case", "median_ms", "extra_heap_mb", "outcome");
        for (int columns : new int[] {400, 190}) {
            Path file = work.resolve("dense-4400x" + columns + ".xlsx");
            if (!Files.exists(file)) {
                try (var out = Files.newOutputStream(file)) {
                    DenseXlsxFile.write(out, 4_400, columns, "成绩");
                }
            }
            byte[] content = Files.readAllBytes(file);
            System.out.printf("file %s: %.1f MB, unpacked %.1f MB%n", file.getFileName(), content.length / 1048576.0,
                    unpacked(content) / 1048576.0);
            for (int parallel : new int[] {1, 3}) {
                long[] times = new long[reps];
                long[] heaps = new long[reps];
                String outcome = "";
                for (int r = 0; r < reps; r++) {
                    Measured m = measure(content, parallel);
                    times[r] = m.millis;
                    heaps[r] = m.extraMb;
                    outcome = m.outcome;
                    System.out.printf("  (run %d: %d ms, +%d MB)%n", r + 1, m.millis, m.extraMb);
                }
                System.out.printf("%-40s %10d %16d  %s%n", "4,400 x " + columns + ", " + parallel + " upload(s) at once",
                        median(times), median(heaps), outcome);
            }
        }
        System.out.printf("max heap %d MB, %d cores%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
    }

    private record Measured(long millis, long extraMb, String outcome) {
    }

    private Measured measure(byte[] content, int parallel) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long start = System.nanoTime();
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            Callable<String> upload = () -> {
                SecurityContextHolder.getContext().setAuthentication(
                        new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
                try {
                    String id = imports.upload(kind, admin, classId, "成绩.xlsx", content);
                    return "previewed (upload " + id.substring(0, 8) + ")";
                } catch (SpreadsheetException e) {
                    return "refused: " + messages.getMessage(e, Locale.SIMPLIFIED_CHINESE);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(upload));
        }
        String outcome = "";
        for (Future<String> result : results) {
            outcome = result.get();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        pool.shutdown();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Measured(millis, (peak.get() - baseline) >> 20, outcome);
    }

    private static long unpacked(byte[] content) throws Exception {
        long total = 0;
        // The zip reader POI uses; java.util.zip rejects the entries that POI's own writer produces.
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                new java.io.ByteArrayInputStream(content), "UTF-8", true, true)) {
            byte[] buffer = new byte[64 * 1024];
            while (zip.getNextEntry() != null) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                }
            }
        }
        return total;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
