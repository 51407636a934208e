package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 帮扶对子 pages: the class's pairs for its teachers (自动生成 → draft → 检查 → 保存, htmx swaps the draft), a pair
 * with its check-ins, and a student's own pairs on {@code /me/pairs}.
 */
@Controller
class PairController {

    private final PairService service;
    private final MessageSource messages;
    private final Clock clock;

    PairController(PairService service, MessageSource messages, Clock clock) {
        this.service = service;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/pairs")
    String classPage(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                     @RequestParam(required = false) Long subjectId, Model model) {
        model.addAttribute("page", service.classPage(user, classId, subjectId));
        return "mutualhelp/pairs/class";
    }

    @PostMapping("/classes/{classId}/pairs/propose")
    String propose(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                   @RequestParam(defaultValue = "false") boolean sameGender,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return draft(user, classId, service.propose(user, classId, subjectId, sameGender), htmx, model);
    }

    @PostMapping("/classes/{classId}/pairs/check")
    String check(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                 @RequestParam(defaultValue = "false") boolean sameGender,
                 @RequestParam(name = "a", required = false) List<Long> a,
                 @RequestParam(name = "b", required = false) List<Long> b,
                 @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return draft(user, classId, service.check(user, classId, subjectId, sameGender, a, b), htmx, model);
    }

    @PostMapping("/classes/{classId}/pairs")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                @RequestParam(defaultValue = "false") boolean sameGender,
                @RequestParam(name = "a", required = false) List<Long> a,
                @RequestParam(name = "b", required = false) List<Long> b, Model model, RedirectAttributes redirect) {
        PairService.Draft draft = service.save(user, classId, subjectId, sameGender, a, b);
        if (!draft.problems().isEmpty()) {
            return draft(user, classId, draft, null, model);
        }
        redirect.addFlashAttribute("notice", "mutualhelp.pairs.saved");
        return "redirect:/classes/" + classId + "/pairs?subjectId=" + subjectId;
    }

    @GetMapping("/pairs/{pairId}")
    String pair(@AuthenticationPrincipal HezuoUser user, @PathVariable long pairId, Model model) {
        model.addAttribute("pair", service.pairPage(user, pairId));
        form(model, null, null);
        return "mutualhelp/pairs/pair";
    }

    @PostMapping("/pairs/{pairId}/checkins")
    String checkIn(@AuthenticationPrincipal HezuoUser user, @PathVariable long pairId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                   @RequestParam(required = false) String content, @RequestParam(required = false) String note,
                   @RequestParam(required = false) String requestId,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        String error = null;
        try {
            service.checkIn(user, pairId, new PairService.CheckInForm(day, content, note, requestId));
        } catch (RuleViolationException e) {
            error = messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale());
        }
        if (htmx != null) {
            model.addAttribute("pair", service.pairPage(user, pairId));
            if (error != null) {
                model.addAttribute("checkInError", error);
                form(model, content, note);
                model.addAttribute("draftDay", day);
                model.addAttribute("requestId", requestId);
            } else {
                form(model, null, null);
                model.addAttribute("notice", "mutualhelp.pairs.checkedIn");
            }
            return "mutualhelp/pairs/pair :: checkins";
        }
        if (error != null) {
            redirect.addFlashAttribute("checkInError", error);
            redirect.addFlashAttribute("draftContent", content);
            redirect.addFlashAttribute("draftNote", note);
        } else {
            redirect.addFlashAttribute("notice", "mutualhelp.pairs.checkedIn");
        }
        return "redirect:/pairs/" + pairId;
    }

    @GetMapping("/me/pairs")
    String myPairs(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("pairs", service.myPairs(user));
        return "mutualhelp/pairs/me";
    }

    private String draft(HezuoUser user, long classId, PairService.Draft draft, String htmx, Model model) {
        model.addAttribute("draft", draft);
        model.addAttribute("page", service.classPage(user, classId, draft.subjectId()));
        return htmx != null ? "mutualhelp/pairs/class :: draft" : "mutualhelp/pairs/class";
    }

    private void form(Model model, String content, String note) {
        if (!model.containsAttribute("requestId")) {
            model.addAttribute("requestId", PairService.newRequestId());
        }
        if (!model.containsAttribute("draftDay")) {
            model.addAttribute("draftDay", LocalDate.now(clock));
        }
        if (content != null) {
            model.addAttribute("draftContent", content);
        }
        if (note != null) {
            model.addAttribute("draftNote", note);
        }
    }
}
