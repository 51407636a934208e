package cn.hezuo.research.summary;

import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.listen.ListenService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentences the documents leave blank ("本学期共组织了X节专题研讨课和Y次同课异构活动"), filled from the figures in the
 * reader's language. The page and the .docx say the same.
 */
@Component
class SummaryText {

    private final MessageSource messages;

    SummaryText(MessageSource messages) {
        this.messages = messages;
    }

    List<String> facts(SummaryFigures f, Locale locale) {
        List<String> facts = new ArrayList<>();
        facts.add(t("research.summary.fact.activities", locale, f.held(), f.count(ActivityKind.COLLECTIVE_PREP),
                f.lessons(), f.count(ActivityKind.SAME_LESSON),
                f.count(ActivityKind.LECTURE) + f.count(ActivityKind.THEORY)));
        if (!f.byKind().isEmpty()) {
            facts.add(t("research.summary.fact.byKind", locale, f.byKind().entrySet().stream()
                    .map(e -> t("research.kind." + e.getKey(), locale) + " " + e.getValue())
                    .collect(Collectors.joining(t("research.summary.separator", locale)))));
        }
        if (f.attendancePercent() != null) {
            facts.add(t("research.summary.fact.attendance", locale, f.attendancePercent(), f.reflections()));
        }
        String behind = f.behind().stream()
                .map(s -> t("research.summary.shortOf", locale, s.name(), s.shortBy()))
                .collect(Collectors.joining(t("research.summary.separator", locale)));
        facts.add(t("research.summary.fact.listen", locale, f.standings().size(), f.listenTotal(), f.listenAverage(),
                f.met(), f.minimum()));
        if (!behind.isEmpty()) {
            facts.add(t("research.summary.fact.behind", locale, behind));
        }
        return facts;
    }

    String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static List<ListenService.Standing> byName(List<ListenService.Standing> standings) {
        return standings.stream().sorted(cn.hezuo.system.ChineseOrder.by(ListenService.Standing::name)).toList();
    }
}
