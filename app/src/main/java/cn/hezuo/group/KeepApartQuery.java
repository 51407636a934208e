package cn.hezuo.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features (mutual help's 帮扶对子): the keep-apart pairs (不同组) the teacher set on the class's active
 * grouping plan, as unordered pairs of student ids. Empty without an active plan.
 */
@Component
public class KeepApartQuery {

    /** Two students who must not be put together; {@code low < high}. */
    public record Apart(long low, long high) {

        public static Apart of(long a, long b) {
            return new Apart(Math.min(a, b), Math.max(a, b));
        }
    }

    private final GroupPlanRepository plans;
    private final ObjectMapper json;

    KeepApartQuery(GroupPlanRepository plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Set<Apart> ofClass(long classId) {
        Set<Apart> result = new HashSet<>();
        plans.findByClassIdAndActiveTrue(classId).ifPresent(plan -> {
            if (plan.getSettings() == null) {
                return;
            }
            try {
                GroupingForm form = json.readValue(plan.getSettings(), GroupingForm.class);
                List<long[]> pairs = GroupingForm.parsePairs(form.apartPairs());
                pairs.forEach(p -> result.add(Apart.of(p[0], p[1])));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable plan settings " + plan.getId(), e);
            }
        });
        return result;
    }
}
