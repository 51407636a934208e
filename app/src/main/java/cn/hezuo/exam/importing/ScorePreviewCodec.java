package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** A {@link ScorePreviewView} as gzip-compressed JSON kept with the upload; message arguments kept as strings. */
final class ScorePreviewCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScorePreviewCodec() {
    }

    record Problem(int row, String column, String key, List<String> args) {
        static Problem of(ImportProblem p) {
            return new Problem(p.rowNumber(), p.column(), p.messageKey(),
                    Arrays.stream(p.args()).map(String::valueOf).toList());
        }

        ImportProblem toProblem() {
            return new ImportProblem(row, column, key, args.toArray());
        }
    }

    /** A row; {@code total} null for NaN (absent), which JSON cannot hold. */
    record Row(int rowNumber, long studentId, String studentNo, String name, long classId, boolean absent,
               Double total, String points, String options) {
    }

    record Stored(List<Row> rows, int rowCount, int present, int absent, List<Long> classIds, List<Problem> problems,
                  int omittedProblems, List<Problem> notes) {
    }

    static byte[] write(ScorePreviewView view) {
        Stored stored = new Stored(view.shownRows().stream().map(r -> new Row(r.rowNumber(), r.studentId(),
                r.studentNo(), r.name(), r.classId(), r.absent(), Double.isNaN(r.total()) ? null : r.total(),
                r.points(), r.options())).toList(), view.rowCount(), view.present(), view.absent(), view.classIds(),
                view.problems().stream().map(Problem::of).toList(), view.omittedProblems(),
                view.notes().stream().map(Problem::of).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            JSON.writeValue(gzip, stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ScorePreviewView read(byte[] bytes) {
        Stored s;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            s = JSON.readValue(gzip, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ScorePreviewView(s.rows().stream().map(r -> new ParsedScore(r.rowNumber(), r.studentId(),
                r.studentNo(), r.name(), r.classId(), r.absent(), r.total() == null ? Double.NaN : r.total(),
                r.points(), r.options())).toList(), s.rowCount(), s.present(), s.absent(), s.classIds(),
                s.problems().stream().map(Problem::toProblem).toList(), s.omittedProblems(),
                s.notes().stream().map(Problem::toProblem).toList());
    }
}
