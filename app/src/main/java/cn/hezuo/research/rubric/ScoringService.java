package cn.hezuo.research.rubric;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scoring a target with a rubric: every item needs a score from 0 to its maximum (one decimal at most); a bad one is
 * refused naming the item and nothing is saved. A scorer has one sheet per target and rubric; scoring again replaces
 * it. Who may score is the target kind's answer ({@link ScoreTargets}).
 */
@Service
public class ScoringService {

    private final ScoreTargetRegistry targets;
    private final RubricService rubrics;
    private final RubricScoreSheetRepository sheets;
    private final AuditTrail audit;
    private final Clock clock;

    ScoringService(ScoreTargetRegistry targets, RubricService rubrics, RubricScoreSheetRepository sheets,
                   AuditTrail audit, Clock clock) {
        this.targets = targets;
        this.rubrics = rubrics;
        this.sheets = sheets;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param raw the form's text per item id (blank or not a number is refused)
     */
    @Transactional
    public void score(HezuoUser user, String kind, long targetId, long rubricId, Map<Long, String> raw,
                      String strengths, String weaknesses) {
        ScoreTargets.Target target = targets.require(kind).describe(user, targetId);
        if (!target.canScore()) {
            if (target.closedReason() != null) {
                throw new RuleViolationException(target.closedReason());
            }
            throw new AccessDeniedException("score " + kind + " " + targetId);
        }
        if (target.rubricId() != null && target.rubricId() != rubricId) {
            throw new RuleViolationException("research.rubric.error.otherRubric");
        }
        Rubric rubric = rubrics.require(user.schoolId(), rubricId);
        if (!rubric.isActive() && target.rubricId() == null) {
            throw new RuleViolationException("research.rubric.error.inactive", rubric.getName());
        }
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (RubricItem item : rubric.getItems()) {
            String text = raw.get(item.getId());
            if (text == null || text.isBlank()) {
                throw new RuleViolationException("research.rubric.error.missing", item.getName());
            }
            BigDecimal score;
            try {
                score = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw new RuleViolationException("research.rubric.error.notNumber", item.getName(), text.strip());
            }
            if (score.signum() < 0 || score.compareTo(item.getMaxScore()) > 0 || score.stripTrailingZeros().scale() > 1) {
                throw new RuleViolationException("research.rubric.error.range", item.getName(),
                        item.getMaxScore().stripTrailingZeros().toPlainString(), text.strip());
            }
            scores.put(item.getId(), score.setScale(1, java.math.RoundingMode.UNNECESSARY));
        }
        String s = comment(strengths);
        String w = comment(weaknesses);
        RubricScoreSheet sheet = sheets.findByRubricIdAndTargetKindAndTargetIdAndScorer(rubricId, kind, targetId,
                user.getUsername()).orElse(null);
        boolean created = sheet == null;
        if (created) {
            sheet = new RubricScoreSheet(user.schoolId(), rubricId, kind, targetId, user.getUsername());
        }
        sheet.fill(user.displayName(), scores, s, w, clock.instant());
        RubricScoreSheet saved = sheets.save(sheet);
        audit.record(created ? "CREATE" : "UPDATE", "RubricScore", saved.getId(), AuditText.of(
                "audit.msg.research.score", target.title(), rubric.getName(), Scores.total(rubric, scores)));
    }

    /** The user's own sheet for the target, as item id → score, with the comments; empty when not yet scored. */
    @Transactional(readOnly = true)
    public Own own(HezuoUser user, String kind, long targetId, long rubricId) {
        return sheets.findByRubricIdAndTargetKindAndTargetIdAndScorer(rubricId, kind, targetId, user.getUsername())
                .map(s -> new Own(s.scores(), s.getStrengths(), s.getWeaknesses()))
                .orElse(new Own(Map.of(), null, null));
    }

    /** Which of these targets the user has scored (any rubric). */
    @Transactional(readOnly = true)
    public List<Long> scoredBy(HezuoUser user, String kind, java.util.Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        return sheets.findBySchoolIdAndTargetKindAndScorerAndTargetIdIn(user.schoolId(), kind, user.getUsername(),
                targetIds).stream().map(RubricScoreSheet::getTargetId).distinct().toList();
    }

    public record Own(Map<Long, BigDecimal> scores, String strengths, String weaknesses) {
    }

    private static String comment(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > 1000) {
            throw new RuleViolationException("research.error.tooLong", 1000);
        }
        return t;
    }

    static NotFoundException unknownKind(String kind) {
        return new NotFoundException("score target kind", kind);
    }
}
