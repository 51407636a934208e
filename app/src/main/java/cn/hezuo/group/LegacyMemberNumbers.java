package cn.hezuo.group;

import cn.hezuo.audit.AuditTrail;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plans made before issue 11 were numbered by strength (1号 strongest), which told students their tier. At start the
 * numbers of every such plan are drawn at random once (and the seed kept, so this happens only once per plan).
 */
@Component
class LegacyMemberNumbers {

    private final GroupPlanRepository plans;
    private final GroupPlanService service;
    private final AuditTrail audit;
    private final TransactionTemplate tx;

    LegacyMemberNumbers(GroupPlanRepository plans, GroupPlanService service, AuditTrail audit,
                        PlatformTransactionManager transactionManager) {
        this.plans = plans;
        this.service = service;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void drawWhereMissing() {
        try {
            tx.executeWithoutResult(status -> plans.findByNumberingSeedIsNullOrderByIdAsc().forEach(plan -> {
                service.drawNumbers(plan);
                audit.record(plan.getSchoolId(), "system", "RENUMBER", "GroupPlan", plan.getId(),
                        cn.hezuo.audit.AuditText.of("audit.msg.plan.numbersDrawn"));
            }));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            // Another node of the same database drew them at the same moment; its numbers stand.
            LOG.info("member numbers of older plans were drawn by another node: {}", e.getMessage());
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LegacyMemberNumbers.class);
}
