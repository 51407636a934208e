package cn.hezuo.audit;

import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.SignedInUser;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin pages through every write made in the school, newest first, in the reader's language: the action
 * and the kind of object by name (修改 / 同伴互评轮次), the text translated, and people by their names.
 */
@Controller
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;
    private final AuditTexts texts;
    private final MessageSource messages;
    private final ActorNames names;
    private final Clock clock;

    AuditController(AuditEntryRepository entries, AuditTexts texts, MessageSource messages, ActorNames names,
                    Clock clock) {
        this.entries = entries;
        this.texts = texts;
        this.messages = messages;
        this.names = names;
        this.clock = clock;
    }

    /** One line as shown. */
    record Row(AuditEntry entry, String actorName, String action, String type, String text) {
    }

    /** A filter choice: the stored type code and its name. */
    record TypeOption(String code, String name) {
    }

    @GetMapping("/admin/audit")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page,
                @RequestParam(defaultValue = "") String type, Model model, Locale locale) {
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        Page<AuditEntry> result = type.isBlank()
                ? entries.findBySchoolIdOrderByOccurredAtDescIdDesc(user.schoolId(), request)
                : entries.findBySchoolIdAndEntityTypeOrderByOccurredAtDescIdDesc(user.schoolId(), type, request);
        Map<String, String> actors = names.of(user.schoolId(), result.map(AuditEntry::getActor).toList());
        List<Row> rows = result.map(e -> new Row(e, actorName(e.getActor(), actors, locale),
                label("audit.action.", e.getAction(), locale), label("audit.entity.", e.getEntityType(), locale),
                text(e, locale))).toList();
        List<TypeOption> types = entries.findEntityTypes(user.schoolId()).stream()
                .map(t -> new TypeOption(t, label("audit.entity.", t, locale)))
                .sorted(ChineseOrder.by(TypeOption::name)).toList();
        model.addAttribute("page", result);
        model.addAttribute("rows", rows);
        model.addAttribute("types", types);
        model.addAttribute("type", type);
        model.addAttribute("zone", clock.getZone());
        return "audit/list";
    }

    private String actorName(String actor, Map<String, String> actors, Locale locale) {
        return "system".equals(actor) ? messages.getMessage("audit.actor.system", null, actor, locale)
                : actors.getOrDefault(actor, actor);
    }

    private String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    private String text(AuditEntry e, Locale locale) {
        String rendered = e.getMessage() == null ? null : texts.render(e.getMessage(), locale);
        return rendered == null ? e.getSummary() : rendered;
    }
}
