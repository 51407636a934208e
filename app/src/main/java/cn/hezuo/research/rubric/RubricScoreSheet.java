package cn.hezuo.research.rubric;

import cn.hezuo.system.BaseEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One scorer's scores for one target with one rubric, with the 优点/不足 comments; scoring again replaces it. */
@Entity
@Table(name = "research_score_sheet")
class RubricScoreSheet extends BaseEntity {

    @Column(name = "school_id", nullable = false)
    private Long schoolId;

    @Column(name = "rubric_id", nullable = false)
    private Long rubricId;

    @Column(name = "target_kind", nullable = false, length = 20)
    private String targetKind;

    @Column(name = "target_id", nullable = false)
    private Long targetId;

    @Column(nullable = false, length = 64)
    private String scorer;

    @Column(name = "scorer_name", nullable = false, length = 100)
    private String scorerName;

    @Column(length = 1000)
    private String strengths;

    @Column(length = 1000)
    private String weaknesses;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @OneToMany(mappedBy = "sheet", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RubricScoreEntry> entries = new ArrayList<>();

    protected RubricScoreSheet() {
    }

    RubricScoreSheet(Long schoolId, Long rubricId, String targetKind, Long targetId, String scorer) {
        this.schoolId = schoolId;
        this.rubricId = rubricId;
        this.targetKind = targetKind;
        this.targetId = targetId;
        this.scorer = scorer;
    }

    void fill(String scorerName, Map<Long, BigDecimal> scores, String strengths, String weaknesses, Instant at) {
        this.scorerName = scorerName;
        this.strengths = strengths;
        this.weaknesses = weaknesses;
        this.scoredAt = at;
        Map<Long, RubricScoreEntry> byItem = new LinkedHashMap<>();
        entries.forEach(e -> byItem.put(e.getItemId(), e));
        entries.removeIf(e -> !scores.containsKey(e.getItemId()));
        scores.forEach((item, score) -> {
            RubricScoreEntry entry = byItem.get(item);
            if (entry == null) {
                entries.add(new RubricScoreEntry(this, item, score));
            } else {
                entry.setScore(score);
            }
        });
    }

    Long getRubricId() {
        return rubricId;
    }

    Long getTargetId() {
        return targetId;
    }

    String getScorer() {
        return scorer;
    }

    String getScorerName() {
        return scorerName;
    }

    String getStrengths() {
        return strengths;
    }

    String getWeaknesses() {
        return weaknesses;
    }

    Instant getScoredAt() {
        return scoredAt;
    }

    Map<Long, BigDecimal> scores() {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getItemId(), e.getScore()));
        return map;
    }
}
