package cn.hezuo.research.summary;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.Download;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.school.SchoolTerm;
import jakarta.validation.Valid;
import java.util.Locale;
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

/** The leader's (and admin's) semester summary: computed facts, editable sections, .docx. */
@Controller
class SummaryController {

    private final SummaryService service;
    private final SummaryText text;
    private final SummaryDocx docx;
    private final ResearchAccess access;
    private final ResearchTerms terms;

    SummaryController(SummaryService service, SummaryText text, SummaryDocx docx, ResearchAccess access,
                      ResearchTerms terms) {
        this.service = service;
        this.text = text;
        this.docx = docx;
        this.access = access;
        this.terms = terms;
    }

    @GetMapping("/research/groups/{groupId}/summary")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                @RequestParam(required = false) Long termId, Model model) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Summary summary = service.summary(groupId, term.id()).orElse(null);
        model.addAttribute("form", summary == null ? new SummaryForm("", "", "", "", -1)
                : new SummaryForm(summary.getOverview(), summary.getAchievements(), summary.getProblems(),
                summary.getNextSteps(), summary.getVersion()));
        return page(group, term, model);
    }

    @PostMapping("/research/groups/{groupId}/summary")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                @Valid @ModelAttribute("form") SummaryForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        if (binding.hasErrors()) {
            return page(group, term, model);
        }
        service.save(user, groupId, term, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId + "/summary?termId=" + term.id();
    }

    @GetMapping("/research/groups/{groupId}/summary.docx")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                                    @RequestParam(required = false) Long termId) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        Locale locale = LocaleContextHolder.getLocale();
        byte[] body = docx.write(group, term, service.figures(group, term),
                service.summary(groupId, term.id()).orElse(null), locale);
        return Download.of(docx.title(group, term, locale) + ".docx", Download.DOCX, body);
    }

    private String page(ResearchGroup group, SchoolTerm term, Model model) {
        SummaryFigures figures = service.figures(group, term);
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(group.getSchoolId()));
        model.addAttribute("facts", text.facts(figures, LocaleContextHolder.getLocale()));
        model.addAttribute("figures", figures);
        model.addAttribute("standings", SummaryText.byName(figures.standings()));
        return "research/summary";
    }
}
