package cn.hezuo.exam.bench;


import cn.hezuo.HezuoApplication;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamForm;
import cn.hezuo.exam.ExamService;
import cn.hezuo.exam.bench.DistrictExamFile.Item;
import cn.hezuo.exam.importing.ScoreImportPreview;
import cn.hezuo.exam.importing.ScoreImportKind;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.upload.StagedImport;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The district benchmark of the exam import and reports (run by {@code app/exam-bench.sh}; not a test). Boots the
 * app on the given profile, adds a district of {@code bench.students} students in classes of 50 to the demo school
 * with plain JDBC, creates a 40-item exam (12 objective with options) through {@link ExamService}, writes a seeded
 * CSV and .xlsx, then times upload → preview → confirm through {@link StagedImport} for each format and every
 * grade-level report page over HTTP from the running server ({@link ReportClient}, signed in as the admin). Prints medians and
 * the heap peaks; run it with {@code -Xmx1g} to show the heap bound holds.
 */
public final class DistrictImportBench {

    private static final long ID_BASE = 900_000_000L;

    public static void main(String[] args) throws Exception {
        int studentCount = Integer.getInteger("bench.students", 200_000);
        int reps = Integer.getInteger("bench.reps", 3);
        long seed = Long.getLong("bench.seed", 7L);
        Path work = Path.of(System.getProperty("bench.work", "target/exam-bench"));
        Files.createDirectories(work);

        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(HezuoApplication.class)
                .run(args);
        try {
            new DistrictImportBench(ctx).run(studentCount, reps, seed, work);
        } finally {
            ctx.close();
        }
    }

    private final ConfigurableApplicationContext ctx;
    private final JdbcTemplate jdbc;
    private final HezuoUser admin;

    private DistrictImportBench(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcTemplate.class);
        this.admin = (HezuoUser) ctx.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    private void run(int studentCount, int reps, long seed, Path work) throws Exception {
        long t = System.nanoTime();
        List<DistrictExamFile.Student> students = district(studentCount, seed);
        List<Long> classIds = jdbc.queryForList("select id from school_class where id >= ? order by id", Long.class,
                ID_BASE);
        Exam exam = exam(classIds);
        List<Item> items = items(exam.getId());
        System.out.printf("setup: %d students in %d classes, exam %d with %d items, %.1f s%n", students.size(),
                classIds.size(), exam.getId(), items.size(), (System.nanoTime() - t) / 1e9);

        DistrictExamFile file = new DistrictExamFile(items, students, seed);
        Path csv = work.resolve("district-" + studentCount + "-" + seed + ".csv");
        Path xlsx = work.resolve("district-" + studentCount + "-" + seed + ".xlsx");
        file.writeCsv(csv);
        List<String> formats = List.of(System.getProperty("bench.formats", "csv,xlsx").split(","));
        if (formats.contains("xlsx")) {
            file.writeXlsx(xlsx);
        }
        System.out.printf("files: %s %.1f MB%s%n", csv.getFileName(), Files.size(csv) / 1048576.0,
                formats.contains("xlsx") ? String.format(", %s %.1f MB", xlsx.getFileName(), Files.size(xlsx) / 1048576.0)
                        : "");
        students = null; // only the files from here on

        System.out.println();
        System.out.printf("%-34s %10s %10s %14s%n", "step", "median_ms", "runs", "heap_peak_mb");
        StagedImport imports = ctx.getBean(StagedImport.class);
        ScoreImportKind kind = ctx.getBean(ScoreImportKind.class);
        for (Path path : formats.contains("xlsx") ? List.of(csv, xlsx) : List.of(csv)) {
            String format = path.toString().endsWith(".csv") ? "CSV" : "xlsx";
            byte[] content = Files.readAllBytes(path);
            long[] upload = new long[reps];
            long[] preview = new long[reps];
            long[] confirm = new long[reps];
            long peak = 0;
            for (int r = 0; r < reps; r++) {
                resetPeaks();
                long a = System.nanoTime();
                String id = imports.upload(kind, admin, exam.getId(), path.getFileName().toString(), content);
                long b = System.nanoTime();
                cn.hezuo.exam.importing.ScorePreviewView shown = imports.preview(kind, admin, exam.getId(), id);
                long c = System.nanoTime();
                if (!shown.canConfirm()) {
                    throw new IllegalStateException("district file has problems: "
                            + shown.problems().subList(0, Math.min(5, shown.problems().size())));
                }
                shown = null;
                ScoreImportPreview applied = imports.confirm(kind, admin, exam.getId(), id);
                long d = System.nanoTime();
                upload[r] = b - a;
                preview[r] = c - b;
                confirm[r] = d - c;
                peak = Math.max(peak, peakHeapMb());
                // Each run as it ends, so a long run on a busy machine shows progress.
                System.out.printf("  (%s run %d: upload %d ms, preview %d ms, confirm %d ms; %d present, %d absent)%n",
                        format, r + 1, upload[r] / 1_000_000, preview[r] / 1_000_000, confirm[r] / 1_000_000,
                        applied.present(), applied.absent());
            }
            long[] whole = new long[reps];
            Arrays.setAll(whole, i -> upload[i] + preview[i] + confirm[i]);
            line(format + " upload (check + store)", upload, peak);
            line(format + " preview (parse + check)", preview, peak);
            line(format + " confirm (parse + store)", confirm, peak);
            line(format + " import = all three steps", whole, peak);
        }
        reports(exam.getId(), classIds.get(0), reps);
        System.gc();
        System.out.printf("%nheap after GC at the end: %d MB (max %d MB)%n", usedHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private void reports(long examId, long classId, int reps) throws Exception {
        // Over real HTTP, signed in through the login form, as a browser asks for the pages (MockMvc, used before,
        // flushes its mock writer on every write and made big pages look several times slower to render).
        ReportClient http = ReportClient.signIn("http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port"),
                "admin", "demo1234");
        String base = "/exams/" + examId;
        for (String page : List.of(base, base + "/item-analysis", base + "/knowledge-points", base + "/borderline",
                base + "/students?classId=" + classId, base + "/warnings")) {
            LongSupplier once = () -> {
                long start = System.nanoTime();
                try {
                    http.page(page);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return System.nanoTime() - start;
            };
            resetPeaks();
            long cold = once.getAsLong();
            long[] warm = new long[reps];
            for (int r = 0; r < reps; r++) {
                warm[r] = once.getAsLong();
            }
            String name = "report " + page.replace(base, "/exams/{id}").replaceAll("classId=\\d+", "classId=…");
            System.out.printf("%-34s %10d %10s %14d   (first call %d ms)%n", name, median(warm) / 1_000_000,
                    reps, peakHeapMb(), cold / 1_000_000);
        }
        // The read every report page shares (LoadedExamCache), timed with the cache emptied: what the first page after
        // an import or a restart waits for.
        Exam exam = ctx.getBean(cn.hezuo.exam.ExamRepository.class).findById(examId).orElseThrow();
        long[] reads = new long[reps];
        resetPeaks();
        for (int r = 0; r < reps; r++) {
            reads[r] = cn.hezuo.exam.results.ExamReadTiming.uncachedRead(ctx, exam);
        }
        line("exam read, uncached", reads, peakHeapMb());
    }

    /** Classes of 50 in the grade of 七年级1班 and their students, inserted with JDBC batches (ids far above the sequence). */
    private List<DistrictExamFile.Student> district(int studentCount, long seed) {
        long schoolId = admin.schoolId();
        long gradeId = jdbc.queryForObject("select grade_id from school_class where school_id = ? and name = ?",
                Long.class, schoolId, "七年级1班");
        int classCount = (studentCount + 49) / 50;
        List<Object[]> classRows = new ArrayList<>();
        for (int c = 0; c < classCount; c++) {
            classRows.add(new Object[] {ID_BASE + c, schoolId, gradeId, "区测" + (c + 1) + "班"});
        }
        jdbc.batchUpdate("insert into school_class (id, school_id, grade_id, name, active, version)"
                + " values (?, ?, ?, ?, true, 0)", classRows);
        Random random = new Random(seed);
        List<DistrictExamFile.Student> students = new ArrayList<>(studentCount);
        for (int i = 0; i < studentCount; i++) {
            students.add(new DistrictExamFile.Student(String.format("Q%07d", i + 1), DistrictExamFile.name(random),
                    "区测" + (i / 50 + 1) + "班"));
        }
        jdbc.batchUpdate("insert into student (id, school_id, class_id, student_no, name, gender, active, version)"
                + " values (?, ?, ?, ?, ?, ?, true, 0)", students, 5_000, (PreparedStatement ps, DistrictExamFile.Student s) -> {
                    int i = Integer.parseInt(s.studentNo().substring(1)) - 1;
                    ps.setLong(1, ID_BASE + i);
                    ps.setLong(2, schoolId);
                    ps.setLong(3, ID_BASE + i / 50);
                    ps.setString(4, s.studentNo());
                    ps.setString(5, s.name());
                    ps.setString(6, i % 2 == 0 ? "M" : "F");
                });
        return students;
    }

    private Exam exam(List<Long> classIds) {
        long math = ctx.getBean(SubjectRepository.class).findBySchoolIdOrderBySortOrderAscIdAsc(admin.schoolId())
                .stream().filter(s -> s.getName().equals("数学")).findFirst().orElseThrow().getId();
        Exam exam = ctx.getBean(ExamService.class).create(admin, new ExamForm("区统考" + System.currentTimeMillis() % 100000,
                math, null, LocalDate.of(2031, 6, 20), classIds, false, null, 12, BigDecimal.valueOf(3), 28,
                BigDecimal.valueOf(4), BigDecimal.valueOf(60), BigDecimal.valueOf(85), BigDecimal.valueOf(40), null));
        String[] points = {"有理数", "整式", "一元一次方程", "几何初步", "相交线", "实数", "坐标", "不等式"};
        List<Long> itemIds = jdbc.queryForList("select id from exam_item where exam_id = ? order by seq", Long.class,
                exam.getId());
        for (int j = 0; j < itemIds.size(); j++) {
            jdbc.update("update exam_item set answer_key = ?, knowledge_points = ? where id = ?",
                    j < 12 ? String.valueOf("ABCD".charAt(j % 4)) : null,
                    points[j % points.length] + (j % 3 == 0 ? "、" + points[(j + 3) % points.length] : ""),
                    itemIds.get(j));
        }
        return exam;
    }

    private List<Item> items(long examId) {
        return jdbc.query("select label, objective, max_points, answer_key from exam_item where exam_id = ? order by seq",
                (rs, n) -> new Item(rs.getString(1), rs.getBoolean(2), rs.getBigDecimal(3).intValue(),
                        rs.getString(4) == null ? ' ' : rs.getString(4).charAt(0)), examId);
    }

    private static void line(String step, long[] nanos, long peakMb) {
        System.out.printf("%-34s %10d %10d %14d%n", step, median(nanos) / 1_000_000, nanos.length, peakMb);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Largest heap in use seen by the sampler since the last reset (bytes). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            while (true) {
                PEAK.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static void resetPeaks() {
        System.gc();
        PEAK.set(0);
    }

    /**
     * Heap in use at its highest since the last reset, sampled every 20 ms; it includes garbage not yet collected, so
     * it is an upper bound of what the step needs (and never above -Xmx).
     */
    private static long peakHeapMb() {
        return PEAK.get() >> 20;
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

}
