package cn.hezuo.peereval;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.spreadsheet.ExcelDownload;
import cn.hezuo.school.ClassAccess;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The teacher's side of 自评与互评: a class's rounds, opening one, the report with flags, closing, export. */
@Controller
class PeerRoundController {

    private final PeerRoundService service;
    private final PeerExport export;
    private final ClassAccess access;
    private final Clock clock;

    PeerRoundController(PeerRoundService service, PeerExport export, ClassAccess access, Clock clock) {
        this.service = service;
        this.export = export;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/peer-evaluation")
    String list(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new RoundForm("", today, today.plusDays(7)));
        return listPage(user, classId, model);
    }

    @PostMapping("/classes/{classId}/peer-evaluation")
    String open(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @Valid @ModelAttribute("form") RoundForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        access.requireView(user, classId);
        if (binding.hasErrors()) {
            return listPage(user, classId, model);
        }
        PeerRound round = service.open(user, classId, form);
        redirect.addFlashAttribute("notice", "peereval.opened");
        return "redirect:/peer-evaluation/rounds/" + round.getId();
    }

    @GetMapping("/peer-evaluation/rounds/{roundId}")
    String report(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId, Model model) {
        model.addAttribute("report", service.report(user, roundId));
        return "peereval/report";
    }

    @PostMapping("/peer-evaluation/rounds/{roundId}/close")
    String close(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId, @RequestParam int version,
                 RedirectAttributes redirect) {
        service.close(user, roundId, version);
        redirect.addFlashAttribute("notice", "peereval.closed");
        return "redirect:/peer-evaluation/rounds/" + roundId;
    }

    @PostMapping("/peer-evaluation/rounds/{roundId}/comments")
    String comments(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId, @RequestParam boolean show,
                    @RequestParam int version, RedirectAttributes redirect) {
        service.showComments(user, roundId, show, version);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/peer-evaluation/rounds/" + roundId;
    }

    @GetMapping("/peer-evaluation/rounds/{roundId}/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId) {
        RoundReport report = service.report(user, roundId);
        return ExcelDownload.of(report.schoolClass().getName() + "-" + report.round().getName() + ".xlsx",
                export.create(report, LocaleContextHolder.getLocale()));
    }

    private String listPage(HezuoUser user, long classId, Model model) {
        model.addAttribute("schoolClass", access.requireView(user, classId));
        model.addAttribute("rounds", service.rounds(user, classId));
        return "peereval/list";
    }
}
