package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.AwardRequest;
import cn.hezuo.evaluation.AwardResult;
import cn.hezuo.evaluation.AwardService;
import cn.hezuo.evaluation.AwardTarget;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.system.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Points for a helpful answer go through the one award path ({@link AwardService}) under the class's item 互助答疑, so
 * they show in the class's totals, reports and undo like any tap; there is no tally of the board's own. The request id
 * is made from the answer's id, so accepting twice (or accepting, un-accepting, accepting) awards once.
 */
@Component
class BoardPoints {

    static final String ITEM = "互助答疑";

    private final AwardService awards;
    private final EvaluationItemService items;
    private final BoardSettings settings;

    BoardPoints(AwardService awards, EvaluationItemService items, BoardSettings settings) {
        this.awards = awards;
        this.items = items;
        this.settings = settings;
    }

    /** Awards the answer's author when the class gives points and it is a student's answer not yet awarded. */
    void awardIfOn(HezuoUser teacher, BoardQuestion q, BoardAnswer a) {
        if (settings.of(q.getClassId()).awardPoints()) {
            award(teacher, q, a);
        }
    }

    /** A teacher confirming an answer the asker accepted: refused when the class gives no points. */
    void awardIfOnOrRefuse(HezuoUser teacher, BoardQuestion q, BoardAnswer a) {
        if (!settings.of(q.getClassId()).awardPoints()) {
            throw new RuleViolationException("mutualhelp.board.error.pointsOff");
        }
        award(teacher, q, a);
    }

    private void award(HezuoUser teacher, BoardQuestion q, BoardAnswer a) {
        if (a.getStudentId() == null || a.getPointsAction() != null) {
            return;
        }
        if (!a.isAccepted()) {
            throw new RuleViolationException("mutualhelp.board.error.notAccepted");
        }
        long item = items.itemNamed(teacher, q.getClassId(), ITEM);
        String requestId = UUID.nameUUIDFromBytes(("mh-board-answer-" + a.getId()).getBytes(StandardCharsets.UTF_8))
                .toString();
        AwardResult result = awards.award(teacher, q.getClassId(), new AwardRequest(requestId, item,
                AwardTarget.STUDENTS, null, List.of(a.getStudentId())));
        a.awarded(result.actionId());
    }
}
