package cn.hezuo.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.Role;
import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.system.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one staged flow with a fake kind and uploads kept in memory: parse once, all or nothing, retries harmless. */
class StagedImportTest {

    /** A line of the fake file, or a problem on its row. */
    record FakePreview(List<String> rows, List<ImportProblem> problems, int omittedProblems,
                       List<ImportProblem> notes, String choice) implements ImportPreview {
        @Override
        public boolean canConfirm() {
            return problems.isEmpty() && !rows.isEmpty();
        }
    }

    /** Lines of text; a line "bad" is a problem; writes every line to {@link #written}. */
    static final class FakeKind implements ImportKind<FakePreview, FakePreview> {
        final String purpose;
        int parses;
        final List<String> written = new ArrayList<>();

        FakeKind(String purpose) {
            this.purpose = purpose;
        }

        @Override
        public String purpose() {
            return purpose;
        }

        @Override
        public Class<FakePreview> previewType() {
            return FakePreview.class;
        }

        @Override
        public String messagePrefix() {
            return "fake";
        }

        @Override
        public void requireAccess(HezuoUser user, long targetId) {
        }

        @Override
        public FakePreview parse(HezuoUser user, long targetId, String filename, byte[] content, FakePreview kept) {
            parses++;
            List<String> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].equals("bad")) {
                    problems.add(ImportProblem.of(i + 1, "姓名", "fake.error.bad", 3));
                } else {
                    rows.add(kept == null || kept.choice() == null ? lines[i] : kept.choice() + lines[i]);
                }
            }
            return new FakePreview(rows, problems, 0, List.of(), kept == null ? null : kept.choice());
        }

        @Override
        public FakePreview preview(HezuoUser user, long targetId, FakePreview parsed) {
            return parsed;
        }

        @Override
        public void apply(HezuoUser user, long targetId, String filename, FakePreview parsed) {
            written.addAll(parsed.rows());
        }
    }

    /** Uploads in a map, matched by id, owner, purpose and target like the database's. */
    static final class MemoryUploads extends UploadStore {
        final Map<String, StoredUpload> rows = new HashMap<>();

        MemoryUploads() {
            super(null, null);
        }

        @Override
        public String save(long schoolId, String owner, String purpose, Long targetId, String filename, byte[] content,
                           byte[] preview) {
            String id = "u" + (rows.size() + 1);
            rows.put(id, new StoredUpload(id, schoolId, owner, purpose, targetId, filename, content, preview));
            return id;
        }

        @Override
        public void replacePreview(String id, byte[] preview) {
            StoredUpload u = rows.get(id);
            rows.put(id, new StoredUpload(u.id(), u.schoolId(), u.owner(), u.purpose(), u.targetId(), u.filename(),
                    u.content(), preview));
        }

        @Override
        public Optional<StoredUpload> find(String id, String owner, String purpose, Long targetId) {
            return Optional.ofNullable(rows.get(id)).filter(u -> u.owner().equals(owner)
                    && u.purpose().equals(purpose) && targetId.equals(u.targetId()));
        }

        @Override
        public boolean delete(String id) {
            return rows.remove(id) != null;
        }
    }

    private final HezuoUser teacher = new HezuoUser(1L, 1L, "teacher", "x", "王老师", Role.TEACHER, 1L, null, true, false);
    private final FakeKind kind = new FakeKind("fake-import");
    private final MemoryUploads uploads = new MemoryUploads();
    private final StagedImport staged = new StagedImport(uploads, new ImportKinds(List.of(kind)));

    private static byte[] file(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theUploadIsParsedOnceAndThePreviewIsReadFromWhatWasKept() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩\n李娜"));
        FakePreview first = staged.preview(kind, teacher, 7, id);
        FakePreview second = staged.preview(kind, teacher, 7, id);
        assertThat(kind.parses).isEqualTo(1);
        assertThat(first).isEqualTo(second);
        assertThat(first.rows()).containsExactly("王浩", "李娜");
        assertThat(kind.written).isEmpty();
    }

    @Test
    void problemsKeepTheirRowColumnAndArgumentsThroughTheKeptPreview() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩\nbad"));
        ImportProblem problem = staged.preview(kind, teacher, 7, id).problems().get(0);
        assertThat(problem.rowNumber()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo("姓名");
        assertThat(problem.args()).containsExactly("2", "姓名", "3");
    }

    @Test
    void aConfirmRetriedAfterSuccessWritesNothingTwiceAndSaysItWasAlreadyImported() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩\n李娜"));
        staged.confirm(kind, teacher, 7, id);
        assertThat(kind.written).containsExactly("王浩", "李娜");
        assertThat(uploads.rows).isEmpty();

        assertThatThrownBy(() -> staged.confirm(kind, teacher, 7, id))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("fake.error.alreadyImported"));
        assertThat(kind.written).containsExactly("王浩", "李娜");
    }

    @Test
    void aFileWithAProblemIsRefusedOnConfirmWritesNothingAndKeepsTheUpload() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩\nbad"));
        assertThatThrownBy(() -> staged.confirm(kind, teacher, 7, id))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("fake.error.notConfirmable"));
        assertThat(kind.written).isEmpty();
        assertThat(uploads.rows).containsKey(id);
    }

    @Test
    void anotherTeacherOrTargetCannotConfirmTheUpload() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩"));
        HezuoUser other = new HezuoUser(2L, 1L, "other", "x", "李老师", Role.TEACHER, 2L, null, true, false);
        assertThatThrownBy(() -> staged.confirm(kind, other, 7, id)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> staged.confirm(kind, teacher, 8, id)).isInstanceOf(RuleViolationException.class);
        assertThat(kind.written).isEmpty();
    }

    @Test
    void aChoiceMadeOnThePreviewIsKeptAndAppliedAgainOnConfirm() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩"));
        FakePreview restaged = staged.restage(kind, teacher, 7, id,
                p -> new FakePreview(p.rows(), p.problems(), 0, p.notes(), "0"));
        assertThat(restaged.rows()).containsExactly("0王浩");
        assertThat(staged.preview(kind, teacher, 7, id).rows()).containsExactly("0王浩");
        staged.confirm(kind, teacher, 7, id);
        assertThat(kind.written).containsExactly("0王浩");
    }

    @Test
    void aKeptPreviewInAnOlderFormatIsReplacedByParsingAgain() {
        String id = staged.upload(kind, teacher, 7, "a.txt", file("王浩"));
        uploads.replacePreview(id, new byte[] {1, 2, 3});
        assertThat(staged.preview(kind, teacher, 7, id).rows()).containsExactly("王浩");
        assertThat(kind.parses).isEqualTo(2);
    }

    @Test
    void aKindThatIsNotRegisteredIsRefused() {
        FakeKind stranger = new FakeKind("stranger");
        assertThatThrownBy(() -> staged.upload(stranger, teacher, 7, "a.txt", file("王浩")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoKindsClaimingOnePurposeStopTheAppFromStarting() {
        assertThatThrownBy(() -> new ImportKinds(List.of(kind, new FakeKind("fake-import"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fake-import");
    }
}
