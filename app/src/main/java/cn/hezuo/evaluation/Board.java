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

    record GroupCard(long id, int number, String name, int total, String band, boolean recordable,
                     List<MemberChip> members) {
    }

    record MemberChip(long studentId, int memberNo, String name, Integer total) {
    }
}
