package cn.hezuo.calling;

import cn.hezuo.school.SchoolClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** 公平性记录: calls and passes per student this term, when each was last called, and the latest draws. */
record FairnessLog(SchoolClass schoolClass, LocalDate termStart, List<Row> rows, List<DrawResult> recent) {

    public record Row(Seat seat, int calls, int passes, Instant lastCalled, double weight) {

        public String weightText() {
            return String.format(java.util.Locale.ROOT, "%.2f", weight);
        }
    }
}
