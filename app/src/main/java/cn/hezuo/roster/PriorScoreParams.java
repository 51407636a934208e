package cn.hezuo.roster;

import cn.hezuo.school.Subject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code score_<subjectId>} fields of the student form: empty means "no score", anything
 * else must be a number from 0 to 150 with at most one decimal.
 */
final class PriorScoreParams {

    static final BigDecimal MAX_SCORE = new BigDecimal("150");

    final Map<Long, BigDecimal> scores = new LinkedHashMap<>();
    final List<String> invalidSubjects = new ArrayList<>();

    PriorScoreParams(List<Subject> subjects, Map<String, String> params) {
        for (Subject subject : subjects) {
            String raw = params.get("score_" + subject.getId());
            if (raw == null) {
                continue;
            }
            String text = raw.trim();
            if (text.isEmpty()) {
                scores.put(subject.getId(), null);
                continue;
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (value.signum() < 0 || value.compareTo(MAX_SCORE) > 0 || value.stripTrailingZeros().scale() > 1) {
                    invalidSubjects.add(subject.getName());
                } else {
                    scores.put(subject.getId(), value.setScale(1, java.math.RoundingMode.UNNECESSARY));
                }
            } catch (NumberFormatException | ArithmeticException e) {
                invalidSubjects.add(subject.getName());
            }
        }
    }

    Map<Long, BigDecimal> nonNull() {
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        scores.forEach((k, v) -> {
            if (v != null) {
                result.put(k, v);
            }
        });
        return result;
    }
}
