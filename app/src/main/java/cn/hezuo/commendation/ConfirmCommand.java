package cn.hezuo.commendation;

import java.time.YearMonth;
import java.util.Map;

/**
 * A confirm as the teacher sent it: the month, the settings the proposal was made with, the revision the teacher saw
 * (0 = none yet) and the ticked groups and students with an optional title and note each.
 */
public record ConfirmCommand(YearMonth month, ProposalSettings settings, int basedOn, Map<Long, Choice> groups,
                             Map<Long, Choice> students) {

    public record Choice(String title, String note) {
    }
}
