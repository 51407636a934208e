package cn.hezuo.exam.results;

import cn.hezuo.exam.stats.Item;
import cn.hezuo.roster.StudentDirectory;
import java.sql.Timestamp;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The exams loaded most recently, kept so that the report pages of one exam — six of them, opened one after another
 * and by several teachers — do not each read and unpack every result again: for a district exam (200,000 students ×
 * 40 items) that read is most of a page's time. An entry is used only while its {@link Fingerprint} still matches:
 * the number of results and the latest import time (every import replaces rows and stamps them), the school's
 * students (count and the sum of their optimistic-lock versions, which every edit of a student raises), the exam's
 * items as the statistics core sees them and its classes' names. Imports also {@link #forget} the exam at once, so
 * the old copy does not sit in the heap beside the new one.
 *
 * <p>Bounded by result rows (at most {@link #MAX_ROWS} across all entries, least recently used out first), so the
 * cache holds at most one district exam besides the page being built, and the whole app stays within a 1 GB heap.
 * Loads of the same exam wait for each other instead of reading it twice.
 */
@Component
class LoadedExamCache {

    /** One district exam (200,000) with room for a few school exams. */
    static final int MAX_ROWS = 260_000;

    /** What a loaded exam was built from; equal fingerprints mean the same data. */
    record Fingerprint(long results, Timestamp lastImport, long students, long studentVersions, List<Item> items,
                       List<String> classNames) {
    }

    private record Entry(Fingerprint fingerprint, LoadedExam exam, int rows) {
    }

    private final JdbcTemplate jdbc;
    private final StudentDirectory roster;
    private final LinkedHashMap<Long, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Long, Object> loading = new ConcurrentHashMap<>();

    LoadedExamCache(JdbcTemplate jdbc, StudentDirectory roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    /** Two indexed aggregate queries (tens of milliseconds for a district) — against a full read of seconds. */
    Fingerprint fingerprint(long examId, long schoolId, List<Item> items, List<String> classNames) {
        Object[] results = jdbc.queryForObject("select count(*), max(imported_at) from exam_result where exam_id = ?",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getTimestamp(2)}, examId);
        StudentDirectory.RosterVersion students = roster.version(schoolId);
        return new Fingerprint((Long) results[0], (Timestamp) results[1], students.students(), students.versionSum(),
                List.copyOf(items), List.copyOf(classNames));
    }

    /** The cached exam if its fingerprint matches, else {@code load}'s (cached when it fits). */
    LoadedExam get(long examId, Fingerprint fingerprint, Supplier<LoadedExam> load) {
        synchronized (loading.computeIfAbsent(examId, id -> new Object())) {
            synchronized (entries) {
                Entry entry = entries.get(examId);
                if (entry != null && entry.fingerprint().equals(fingerprint)) {
                    return entry.exam();
                }
                entries.remove(examId);
            }
            LoadedExam loaded = load.get();
            int rows = loaded.students().size();
            if (rows <= MAX_ROWS) {
                synchronized (entries) {
                    entries.put(examId, new Entry(fingerprint, loaded, rows));
                    evictBeyondLimit();
                }
            }
            return loaded;
        }
    }

    /** Whether an exam is cached now (whatever its fingerprint). */
    boolean holds(long examId) {
        synchronized (entries) {
            return entries.containsKey(examId);
        }
    }

    /** Drops an exam whose results are being replaced. */
    void forget(long examId) {
        synchronized (entries) {
            entries.remove(examId);
        }
    }

    private void evictBeyondLimit() {
        long total = entries.values().stream().mapToLong(Entry::rows).sum();
        Iterator<Entry> eldestFirst = entries.values().iterator();
        while (total > MAX_ROWS && eldestFirst.hasNext()) {
            total -= eldestFirst.next().rows();
            eldestFirst.remove();
        }
    }
}
