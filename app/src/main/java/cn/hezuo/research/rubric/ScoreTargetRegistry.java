package cn.hezuo.research.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The {@link ScoreTargets} beans by kind; an unknown kind is "not found". */
@Component
class ScoreTargetRegistry {

    private final Map<String, ScoreTargets> byKind = new HashMap<>();

    ScoreTargetRegistry(List<ScoreTargets> all) {
        for (ScoreTargets t : all) {
            if (byKind.put(t.kind(), t) != null) {
                throw new IllegalStateException("two score target kinds named " + t.kind());
            }
        }
    }

    ScoreTargets require(String kind) {
        ScoreTargets t = byKind.get(kind);
        if (t == null) {
            throw ScoringService.unknownKind(kind);
        }
        return t;
    }
}
