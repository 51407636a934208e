package cn.hezuo.roster.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Lists which fields an UPDATE row would change, so the teacher can see "姓名、语文 will change" before confirming. */
final class RosterChanges {

    private RosterChanges() {
    }

    /** Column names that differ; only columns present in the file are compared, the rest are kept as stored. */
    static List<String> between(RosterRowChecker.Checked row, ExistingStudent existing, RosterHeader header) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(row.name(), existing.name())) {
            changed.add(RosterColumn.NAME.header());
        }
        ExistingStudent.Details stored = existing.details();
        if (stored == null) {
            return changed;
        }
        if (!Objects.equals(row.gender(), stored.gender())) {
            changed.add(RosterColumn.GENDER.header());
        }
        if (header.has(RosterColumn.PERSONALITY) && !sameText(row.personality(), stored.personality())) {
            changed.add(RosterColumn.PERSONALITY.header());
        }
        if (header.has(RosterColumn.NOTES) && !sameText(row.notes(), stored.notes())) {
            changed.add(RosterColumn.NOTES.header());
        }
        Map<String, BigDecimal> storedScores = stored.scores() == null ? Map.of() : stored.scores();
        for (String subject : header.subjects().keySet()) {
            if (!sameScore(row.scores().get(subject), storedScores.get(subject))) {
                changed.add(subject);
            }
        }
        return changed;
    }

    private static boolean sameText(String a, String b) {
        return Objects.equals(a == null ? "" : a, b == null ? "" : b);
    }

    /** 85 and 85.0 are the same score. */
    private static boolean sameScore(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
