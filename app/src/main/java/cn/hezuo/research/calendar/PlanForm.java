package cn.hezuo.research.calendar;

import jakarta.validation.constraints.Size;

/** 指导思想, 工作目标, 研讨主题, 主要措施 of a semester plan; version -1 for a plan not yet saved. */
public record PlanForm(
        @Size(max = 4000, message = "{validation.research.plan.guidingIdea.size}") String guidingIdea,
        @Size(max = 4000, message = "{validation.research.plan.goals.size}") String goals,
        @Size(max = 200, message = "{validation.research.plan.theme.size}") String theme,
        @Size(max = 4000, message = "{validation.research.plan.measures.size}") String measures,
        Integer version) {
}
