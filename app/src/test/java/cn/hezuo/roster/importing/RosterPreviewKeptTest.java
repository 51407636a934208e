package cn.hezuo.roster.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.upload.PreviewCodec;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A roster preview kept with an upload, in today's layout and in the layout kept before the one staged import. */
class RosterPreviewKeptTest {

    @Test
    void aPreviewKeptBeforeTheStagedImportStillReadsWithTheTeachersPadding() throws Exception {
        // As RosterPreviewCodec wrote it: the teacher had accepted padding 学号 to 6 digits.
        String json = "{\"rows\":[{\"rowNumber\":2,\"studentNo\":\"093160\",\"name\":\"王浩\",\"gender\":\"M\","
                + "\"personality\":null,\"notes\":null,\"scores\":{\"语文\":90.5},\"action\":\"CREATE\","
                + "\"existingStudentId\":null,\"changedFields\":[]}],"
                + "\"problems\":[],\"omittedProblems\":0,"
                + "\"notes\":[{\"row\":1,\"column\":\"学号\",\"key\":\"rosterimport.note.padded\","
                + "\"args\":[\"1\",\"学号\",\"6\",\"1\"]}],"
                + "\"warnings\":[],\"scoreSubjects\":[\"语文\"],\"suggestedPadWidth\":null,\"padWidth\":6}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        }

        RosterImportPreview kept = PreviewCodec.read(out.toByteArray(), RosterImportPreview.class);

        assertThat(kept.padWidth()).isEqualTo(6);
        assertThat(kept.rows().get(0).scores().get("语文")).isEqualByComparingTo(new BigDecimal("90.5"));
        assertThat(kept.notes().get(0).args()).containsExactly("1", "学号", "6", "1");
        assertThat(kept.toCreate()).isEqualTo(1);
        assertThat(kept.canConfirm()).isTrue();
    }

    @Test
    void aPreviewReadsBackAsItWasKept() {
        RosterImportPreview preview = new RosterImportPreview(List.of(new RosterImportRow(2, "070101", "李娜",
                "F", "", null, Map.of("数学", new BigDecimal("88")), RosterImportRow.Action.UPDATE, 41L,
                List.of("姓名"))), List.of(), 0, List.of(), List.of(),
                List.of("数学"), 6, null);

        assertThat(PreviewCodec.read(PreviewCodec.write(preview), RosterImportPreview.class)).isEqualTo(preview);
    }
}
