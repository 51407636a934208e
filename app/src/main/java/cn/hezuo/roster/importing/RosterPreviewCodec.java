package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A {@link RosterImportPreview} as bytes kept with the upload (gzip-compressed JSON), so the preview page shows what
 * the upload parsed instead of parsing the file again on every visit. Message arguments are kept as strings, as every
 * roster problem passes them.
 */
public final class RosterPreviewCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RosterPreviewCodec() {
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

    record Row(int rowNumber, String studentNo, String name, String gender, String personality, String notes,
               Map<String, BigDecimal> scores, RosterImportRow.Action action, Long existingStudentId,
               List<String> changedFields) {
    }

    record Stored(List<Row> rows, List<Problem> problems, int omittedProblems, List<Problem> notes,
                  List<Problem> warnings, List<String> scoreSubjects, Integer suggestedPadWidth, Integer padWidth) {
    }

    public static byte[] write(RosterImportPreview preview) {
        Stored stored = new Stored(preview.rows().stream().map(r -> new Row(r.rowNumber(), r.studentNo(), r.name(),
                r.gender(), r.personality(), r.notes(), r.scores(), r.action(), r.existingStudentId(),
                r.changedFields())).toList(), problems(preview.problems()), preview.omittedProblems(),
                problems(preview.notes()), problems(preview.warnings()), preview.scoreSubjects(),
                preview.suggestedPadWidth(), preview.padWidth());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            JSON.writeValue(gzip, stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static RosterImportPreview read(byte[] bytes) {
        Stored stored;
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            stored = JSON.readValue(gzip, Stored.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RosterImportPreview(stored.rows().stream().map(r -> new RosterImportRow(r.rowNumber(),
                r.studentNo(), r.name(), r.gender(), r.personality(), r.notes(),
                r.scores() == null ? Map.of() : r.scores(), r.action(), r.existingStudentId(),
                r.changedFields() == null ? List.of() : r.changedFields())).toList(),
                toProblems(stored.problems()), stored.omittedProblems(), toProblems(stored.notes()),
                toProblems(stored.warnings()), stored.scoreSubjects(), stored.suggestedPadWidth(), stored.padWidth());
    }

    private static List<Problem> problems(List<ImportProblem> problems) {
        return problems.stream().map(Problem::of).toList();
    }

    private static List<ImportProblem> toProblems(List<Problem> problems) {
        return problems == null ? List.of() : problems.stream().map(Problem::toProblem).toList();
    }
}
