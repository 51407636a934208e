package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 每月表彰 of a class: the proposal with its numbers and the confirm form (teachers of the class see it; head teacher
 * and admin confirm), and the certificates of a confirmed revision. Form fields per line: {@code g_<groupId>} /
 * {@code s_<studentId>} (ticked), {@code gt_}/{@code st_} (title), {@code gn_}/{@code sn_} (note); the settings as
 * {@code w_<CRITERION>}, {@code groups}, {@code mode}, {@code individuals}.
 */
@Controller
class CommendationController {

    private final CommendationService service;
    private final CertificateSheets sheets;

    CommendationController(CommendationService service, CertificateSheets sheets) {
        this.service = service;
        this.sheets = sheets;
    }

    @GetMapping("/classes/{classId}/commendation")
    String page(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(required = false) String month, @RequestParam Map<String, String> params, Model model) {
        YearMonth chosen = month(month);
        ClassCommendation page = service.page(user, classId, chosen, params.containsKey("groups") ? settings(params) : null);
        model.addAttribute("page", page);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("modes", IndividualMode.values());
        model.addAttribute("previousMonth", chosen.minusMonths(1));
        model.addAttribute("nextMonth", chosen.plusMonths(1));
        return "commendation/class";
    }

    @PostMapping("/classes/{classId}/commendation")
    String confirm(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                   @RequestParam String month, @RequestParam(defaultValue = "0") int basedOn,
                   @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        YearMonth chosen = month(month);
        Map<Long, ConfirmCommand.Choice> groups = choices(params, "g_", "gt_", "gn_");
        Map<Long, ConfirmCommand.Choice> students = choices(params, "s_", "st_", "sn_");
        Commendation saved = service.confirm(user, classId, new ConfirmCommand(chosen, settings(params), basedOn, groups,
                students));
        redirect.addFlashAttribute("notice", "commendation.confirmed");
        return "redirect:/classes/" + classId + "/commendation?month=" + saved.getMonth();
    }

    @GetMapping("/commendations/{commendationId}/certificates")
    String certificates(@AuthenticationPrincipal HezuoUser user, @PathVariable long commendationId, Model model) {
        CommendationService.Certificates found = service.certificates(user, commendationId);
        model.addAttribute("certificates", sheets.of(found.commendation(), found.awards()));
        model.addAttribute("backUrl", "/classes/" + found.commendation().getClassId() + "/commendation?month="
                + found.commendation().getMonth());
        return "commendation/certificates";
    }

    /** yyyy-MM; missing or unreadable = the default month. */
    private YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return service.defaultMonth();
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return service.defaultMonth();
        }
    }

    private static ProposalSettings settings(Map<String, String> params) {
        Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            weights.put(c, number(params.get("w_" + c.name()), 0));
        }
        IndividualMode mode;
        try {
            mode = IndividualMode.valueOf(params.getOrDefault("mode", IndividualMode.PER_GROUP.name()));
        } catch (IllegalArgumentException e) {
            mode = IndividualMode.PER_GROUP;
        }
        return new ProposalSettings(weights, number(params.get("groups"), 2), mode, number(params.get("individuals"), 5));
    }

    private static Map<Long, ConfirmCommand.Choice> choices(Map<String, String> params, String tick, String title,
                                                            String note) {
        Map<Long, ConfirmCommand.Choice> choices = new LinkedHashMap<>();
        for (String key : params.keySet()) {
            if (key.startsWith(tick)) {
                long id = number(key.substring(tick.length()), -1);
                if (id > 0) {
                    choices.put(id, new ConfirmCommand.Choice(params.get(title + id), params.get(note + id)));
                }
            }
        }
        return choices;
    }

    private static int number(String text, int fallback) {
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
