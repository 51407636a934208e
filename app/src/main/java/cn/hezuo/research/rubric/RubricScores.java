package cn.hezuo.research.rubric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of lesson scoring for any page: a target's (or several targets') scores per rubric, with the mean and
 * spread of every item, the weighted total's mean and spread, the number of scorers and each sheet's comments.
 * Access is the caller's business (ask the target's own feature first).
 */
@Service
public class RubricScores {

    private final RubricScoreSheetRepository sheets;
    private final RubricRepository rubrics;

    RubricScores(RubricScoreSheetRepository sheets, RubricRepository rubrics) {
        this.sheets = sheets;
        this.rubrics = rubrics;
    }

    /** Mean and spread of one item over the sheets. */
    public record ItemStat(long itemId, String name, BigDecimal maxScore, BigDecimal weight, double mean, double sd) {
    }

    /** One sheet: who, the weighted total, the comments, the scores by item id. */
    public record Sheet(String scorerName, double total, String strengths, String weaknesses, Instant scoredAt,
                        Map<Long, BigDecimal> scores) {
    }

    /** Everything scored with one rubric. */
    public record TargetScores(long rubricId, String rubricName, int scorers, List<ItemStat> items, double totalMean,
                               double totalSd, List<Sheet> sheets) {
    }

    /** One target's scores, one entry per rubric used (oldest rubric first); empty when nobody scored it. */
    @Transactional(readOnly = true)
    public List<TargetScores> of(long schoolId, String kind, long targetId) {
        return combined(schoolId, kind, List.of(targetId));
    }

    /** Several targets' sheets taken together (e.g. everything a reviewed group received), per rubric. */
    @Transactional(readOnly = true)
    public List<TargetScores> combined(long schoolId, String kind, Collection<Long> targetIds) {
        if (targetIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RubricScoreSheet>> byRubric = new LinkedHashMap<>();
        sheets.findBySchoolIdAndTargetKindAndTargetIdInOrderByIdAsc(schoolId, kind, targetIds)
                .forEach(s -> byRubric.computeIfAbsent(s.getRubricId(), r -> new ArrayList<>()).add(s));
        List<TargetScores> out = new ArrayList<>();
        byRubric.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Rubric rubric = rubrics.findById(e.getKey()).orElseThrow();
            out.add(aggregate(rubric, e.getValue()));
        });
        return out;
    }

    static TargetScores aggregate(Rubric rubric, List<RubricScoreSheet> list) {
        List<ItemStat> items = new ArrayList<>();
        for (RubricItem item : rubric.getItems()) {
            List<Double> xs = new ArrayList<>();
            list.forEach(s -> {
                BigDecimal v = s.scores().get(item.getId());
                if (v != null) {
                    xs.add(v.doubleValue());
                }
            });
            items.add(new ItemStat(item.getId(), item.getName(), item.getMaxScore(), item.getWeight(),
                    Scores.mean(xs), Scores.sd(xs)));
        }
        List<Double> totals = new ArrayList<>();
        List<Sheet> views = new ArrayList<>();
        for (RubricScoreSheet s : list) {
            double total = Scores.total(rubric, s.scores());
            totals.add(total);
            views.add(new Sheet(s.getScorerName(), total, s.getStrengths(), s.getWeaknesses(), s.getScoredAt(),
                    s.scores()));
        }
        return new TargetScores(rubric.getId(), rubric.getName(), list.size(), items, Scores.mean(totals),
                Scores.sd(totals), views);
    }
}
