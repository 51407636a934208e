package cn.hezuo.evaluation;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolTerm;
import java.time.LocalDate;
import java.util.List;

/**
 * What the classroom and phone pages show: the item buttons and the groups of the active plan with their
 * term totals. Member totals are filled only for teachers' phone pages ({@code showMemberTotals}); a
 * student recorder sees group totals and, if the teacher allows it, a rank band — never ranks. Group totals are
 * those of the active plan's groups; when the plan became active during the term, {@code groupsSince} is that day
 * (the board says "since the new groups of …"; points before stay with the old groups and with the students).
 */
record Board(SchoolClass schoolClass, SchoolTerm term, int week, List<EvalItem> items, List<GroupCard> groups,
             boolean bundled, boolean showMemberTotals, boolean teacher, RecorderScope scope, LocalDate groupsSince) {

    /**
     * Columns of the projector grid for this many groups, so 4–12 cards fill a 16:9 screen without scrolling:
     * 1–3 in one row, 4 as 2×2, 5–6 as 3×2, 7–8 as 4×2, 9 as 3×3, 10–12 as 4×3, more in rows of five.
     */
    public int columns() {
        int n = Math.max(1, groups.size());
        if (n <= 3) {
            return n;
        }
        if (n == 4) {
            return 2;
        }
        if (n <= 6 || n == 9) {
            return 3;
        }
        return n <= 12 ? 4 : 5;
    }

    /** Rows of the projector grid (see {@link #columns()}). */
    public int rows() {
        return (Math.max(1, groups.size()) + columns() - 1) / columns();
    }

    /** The most members in one group: the cards size their member chips to it. */
    public int maxMembers() {
        return groups.stream().mapToInt(g -> g.members().size()).max().orElse(1);
    }

    /** A group on the board; {@code colour} and {@code emblem} (a picture path) come from {@code group.GroupEmblem}. */
    record GroupCard(long id, int number, String name, int total, String band, boolean recordable,
                     List<MemberChip> members, String colour, String emblem) {
    }

    /** A member on the board: {@code avatar} is a bundled picture id, or null for coloured initials. */
    record MemberChip(long studentId, int memberNo, String name, Integer total, String avatar) {

        public String initial() {
            return name == null || name.isEmpty() ? "?" : name.substring(0, name.offsetByCodePoints(0, 1));
        }

        public String initialColour() {
            return AvatarCatalogue.initialColour(studentId);
        }
    }
}
