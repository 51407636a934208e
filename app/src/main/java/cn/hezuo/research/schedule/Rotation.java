package cn.hezuo.research.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is 主备人 for each of the next {@code slots} 集体备课: "主备人固定" means everybody takes turns, so the rule is
 * fairness over the whole term. Greedy least-loaded: each slot goes to the member with the fewest turns so far (turns
 * already held this term count), ties broken by the members' order starting after the last one chosen, so equal
 * members rotate in a stable order. After the slots, no member has more than one turn more than another unless the
 * turns held before were already uneven. O(slots × members).
 */
final class Rotation {

    private Rotation() {
    }

    static List<Long> assign(List<Long> members, Map<Long, Integer> heldBefore, int slots) {
        if (members.isEmpty() || slots <= 0) {
            return List.of();
        }
        Map<Long, Integer> load = new HashMap<>();
        members.forEach(m -> load.put(m, heldBefore.getOrDefault(m, 0)));
        List<Long> result = new ArrayList<>(slots);
        int next = 0;
        for (int slot = 0; slot < slots; slot++) {
            int best = -1;
            for (int k = 0; k < members.size(); k++) {
                int i = (next + k) % members.size();
                // Fewest turns wins; the scan order makes the earliest in rotation order win a tie.
                if (best < 0 || load.get(members.get(i)) < load.get(members.get(best))) {
                    best = i;
                }
            }
            Long chosen = members.get(best);
            load.merge(chosen, 1, Integer::sum);
            result.add(chosen);
            next = (best + 1) % members.size();
        }
        return result;
    }
}
