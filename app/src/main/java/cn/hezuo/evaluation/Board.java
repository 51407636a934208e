package cn.hezuo.evaluation;

import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Term;
import java.util.List;

/**
 * What the classroom and phone pages show: the item buttons and the groups of the active plan with their
 * term totals. Member totals are filled only for teachers' phone pages ({@code showMemberTotals}); a
 * student recorder sees group totals and, if the teacher allows it, a rank band — never ranks.
 */
record Board(SchoolClass schoolClass, Term term, int week, List<EvalItem> items, List<GroupCard> groups,
             boolean bundled, boolean showMemberTotals, boolean teacher, RecorderScope scope) {

    record GroupCard(long id, int number, String name, int total, String band, boolean recordable,
                     List<MemberChip> members) {
    }

    record MemberChip(long studentId, int memberNo, String name, Integer total) {
    }
}
