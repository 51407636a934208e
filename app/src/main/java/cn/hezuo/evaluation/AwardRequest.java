package cn.hezuo.evaluation;

import java.util.List;

/**
 * One tap as the browser sends it (JSON). {@code requestId} is a UUID the page made when the tap happened
 * and sends again on a retry; {@code groupId} for a group award, {@code studentIds} for members.
 */
public record AwardRequest(String requestId, Long itemId, AwardTarget target, Long groupId, List<Long> studentIds) {

    public List<Long> studentIds() {
        return studentIds == null ? List.of() : studentIds;
    }
}
