package cn.hezuo.evaluation;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** How reports and exports name a group: its name, else "第2组"; prefixed by the plan when a period spans plans. */
@Component
class GroupLabels {

    private final MessageSource messages;

    GroupLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "第2组", or "第1次分组 第2组" when the report lists the groups of more than one plan. */
    String of(boolean spansPlans, EvaluationReport.GroupRow row, Locale locale) {
        String label = of(row.number(), row.name(), locale);
        return spansPlans ? row.planName() + " " + label : label;
    }

    String of(WeeklyView weekly, WeeklyView.GroupWeek g, Locale locale) {
        String label = of(g.number(), g.name(), locale);
        return weekly.spansPlans() ? g.planName() + " " + label : label;
    }

    private String of(int number, String name, Locale locale) {
        return name == null || name.isBlank() ? messages.getMessage("evaluation.groupNo", new Object[] {number}, locale) : name;
    }
}
