package cn.hezuo.exam.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.upload.PreviewCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A score preview survives being kept with the upload: absent students' totals, packed points, problems, notes. */
class ScorePreviewKeptTest {

    @Test
    void aKeptScorePreviewReadsBackAsItWasIncludingAnAbsentStudentsMissingTotal() {
        ScorePreviewView view = new ScorePreviewView(List.of(
                new ParsedScore(2, 11, "070101", "王浩", 5, false, 98.5, "3,2.5", "A,B"),
                new ParsedScore(3, 12, "070102", "李娜", 5, true, Double.NaN, null, null)),
                2, 1, 1, List.of(5L), List.of(ImportProblem.of(4, "1", "examimport.error.aboveMax", "4", 3)), 7,
                List.of(ImportProblem.of(1, "备注", "examimport.note.ignoredColumn")));

        ScorePreviewView kept = PreviewCodec.read(PreviewCodec.write(view), ScorePreviewView.class);

        assertThat(kept.shownRows().get(0)).isEqualTo(view.shownRows().get(0));
        assertThat(kept.shownRows().get(1).total()).isNaN();
        assertThat(kept.shownRows().get(1).absent()).isTrue();
        assertThat(kept.problems().get(0).args()).containsExactly("4", "1", "4", "3");
        assertThat(kept.omittedProblems()).isEqualTo(7);
        assertThat(kept.problemCount()).isEqualTo(8);
        assertThat(kept.notes()).isEqualTo(view.notes());
        assertThat(kept.canConfirm()).isFalse();
    }
}
