package cn.hezuo.group;

import java.util.Map;

/**
 * A plan became active and took over group identities from the previous plan: new group id → old group id. Published
 * inside the activation's transaction so listeners (members' own goals) carry their part over with it.
 */
public record GroupIdentityCarried(long fromPlanId, long toPlanId, Map<Long, Long> groupMatches) {
}
