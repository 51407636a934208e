package cn.hezuo.exam.results;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.ExamClassRepository;
import cn.hezuo.exam.ExamItem;
import cn.hezuo.exam.ExamItemRepository;
import cn.hezuo.exam.ExamRepository;
import cn.hezuo.exam.stats.Choice;
import cn.hezuo.exam.stats.ExamMatrix;
import cn.hezuo.exam.stats.Item;
import cn.hezuo.exam.stats.ScoreTable;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Loads a whole exam into memory with one query over its results (see {@link LoadedExam}). */
@Component
public class ExamLoader {

    private static final Logger log = LoggerFactory.getLogger(ExamLoader.class);

    private final ExamItemRepository items;
    private final ExamClassRepository examClasses;
    private final ClassDirectory classes;
    private final ExamResultStore results;
    private final LoadedExamCache cache;
    private final ExamRepository exams;
    private final Executor warming;
    /** This bean through its transactional proxy, for the background warm-up. */
    private final ObjectProvider<ExamLoader> self;

    ExamLoader(ExamItemRepository items, ExamClassRepository examClasses, ClassDirectory classes,
               ExamResultStore results, LoadedExamCache cache, ExamRepository exams,
               @Qualifier("applicationTaskExecutor") Executor warming, ObjectProvider<ExamLoader> self) {
        this.items = items;
        this.examClasses = examClasses;
        this.classes = classes;
        this.results = results;
        this.cache = cache;
        this.exams = exams;
        this.warming = warming;
        this.self = self;
    }

    /**
     * Reads an exam into the cache after its results were replaced, in the background once the import's transaction
     * has committed, so the first report page a teacher opens after an import finds it read (or waits only for the
     * rest of the read) instead of starting it.
     */
    public void warmAfterCommit(long examId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                warming.execute(() -> {
                    try {
                        self.ifAvailable(loader -> loader.warm(examId));
                    } catch (RuntimeException e) {
                        // Only a head start: the first report page reads the exam itself if this fails.
                        log.warn("warming exam {} failed: {}", examId, e.toString());
                    }
                });
            }
        });
    }

    /** Loads an exam for the cache (see {@link #warmAfterCommit}); nothing if it was deleted meanwhile. */
    @Transactional(readOnly = true)
    public void warm(long examId) {
        exams.findById(examId).ifPresent(this::load);
    }

    @Transactional(readOnly = true)
    public LoadedExam load(Exam exam) {
        List<ExamItem> itemList = items.findByExamIdOrderBySeqAsc(exam.getId());
        Map<Long, SchoolClass> schoolClasses = new HashMap<>();
        classes.ofSchool(exam.getSchoolId()).forEach(c -> schoolClasses.put(c.getId(), c));
        List<SchoolClass> examClassList = examClasses.findByExamIdOrderByIdAsc(exam.getId()).stream()
                .map(ec -> schoolClasses.get(ec.getClassId())).sorted(SchoolClass.DISPLAY_ORDER).toList();
        boolean withItems = !exam.isTotalOnly() && !itemList.isEmpty();
        List<Item> statsItems = withItems ? itemList.stream().map(ExamItem::toStatsItem).toList() : List.of();
        // Every class of the school by id (a student's result names their class, which may not have sat the exam),
        // then the classes that sat it, in the order the tables register them.
        List<String> classNames = java.util.stream.Stream.concat(
                schoolClasses.values().stream().sorted(java.util.Comparator.comparing(SchoolClass::getId))
                        .map(c -> c.getId() + ":" + c.getName()),
                examClassList.stream().map(c -> "sat:" + c.getId())).toList();
        LoadedExamCache.Fingerprint fingerprint = cache.fingerprint(exam.getId(), exam.getSchoolId(), statsItems,
                classNames);
        LoadedExam cached = cache.get(exam.getId(), fingerprint,
                () -> read(exam, itemList, examClassList, schoolClasses, statsItems, (int) fingerprint.results()));
        // Entities from this transaction, results from the (possibly cached) read: the fingerprint guarantees the
        // items and classes the read used equal these.
        return new LoadedExam(exam, itemList, examClassList, cached.scores(), cached.matrix(), exam.lines(),
                cached.students());
    }

    private LoadedExam read(Exam exam, List<ExamItem> itemList, List<SchoolClass> examClassList,
                            Map<Long, SchoolClass> schoolClasses, List<Item> statsItems, int expected) {
        // Sized from the result count up front: growing maps of 200,000 entries step by step was a sixth of the read.
        Collector collector = statsItems.isEmpty() ? new TotalsCollector(expected)
                : new MatrixCollector(statsItems, expected);
        examClassList.forEach(c -> collector.withClass(c.getName()));
        Map<String, LoadedExam.ResultStudent> students = new LinkedHashMap<>(expected * 4 / 3 + 1);
        int[] rows = {0};
        results.forEach(exam.getId(), row -> {
            StoredResult r = row.result();
            SchoolClass schoolClass = schoolClasses.get(r.classId());
            String className = schoolClass == null ? "?" : schoolClass.getName();
            int rowIndex = -1;
            if (r.absent()) {
                collector.absent(row.studentNo(), className);
            } else {
                collector.present(row.studentNo(), className, r);
                rowIndex = rows[0]++;
            }
            students.put(row.studentNo(), new LoadedExam.ResultStudent(r.studentId(), row.studentNo(),
                    row.studentName(), r.classId(), className, r.absent(), r.absent() ? Double.NaN : r.total(),
                    rowIndex, r.options()));
        });
        ExamMatrix matrix = collector.matrix();
        ScoreTable scores = matrix != null ? matrix.scores() : collector.table();
        return new LoadedExam(exam, itemList, examClassList, scores, matrix, exam.lines(),
                Collections.unmodifiableMap(students));
    }

    private interface Collector {
        void withClass(String classKey);

        void present(String studentNo, String classKey, StoredResult result);

        void absent(String studentNo, String classKey);

        default ExamMatrix matrix() {
            return null;
        }

        default ScoreTable table() {
            return null;
        }
    }

    private static final class TotalsCollector implements Collector {
        private final ScoreTable.Builder builder;

        TotalsCollector(int expected) {
            builder = ScoreTable.builder(expected);
        }

        @Override
        public void withClass(String classKey) {
            builder.withClass(classKey);
        }

        @Override
        public void present(String studentNo, String classKey, StoredResult result) {
            builder.present(studentNo, classKey, result.total());
        }

        @Override
        public void absent(String studentNo, String classKey) {
            builder.absent(studentNo, classKey);
        }

        @Override
        public ScoreTable table() {
            return builder.build();
        }
    }

    /** Reuses one points and one options buffer: the builder copies each row into its own arrays. */
    private static final class MatrixCollector implements Collector {
        private final ExamMatrix.Builder builder;
        private final double[] points;
        private final Choice[] options;

        MatrixCollector(List<Item> items, int expected) {
            this.builder = ExamMatrix.builder(items, expected);
            this.points = new double[items.size()];
            this.options = new Choice[items.size()];
        }

        @Override
        public void withClass(String classKey) {
            builder.withClass(classKey);
        }

        @Override
        public void present(String studentNo, String classKey, StoredResult result) {
            PackedScores.unpackPoints(result.points(), points);
            PackedScores.unpackOptions(result.options(), options);
            builder.present(studentNo, classKey, points, options);
        }

        @Override
        public void absent(String studentNo, String classKey) {
            builder.absent(studentNo, classKey);
        }

        @Override
        public ExamMatrix matrix() {
            return builder.build();
        }
    }
}
