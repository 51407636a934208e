package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 磨课: the list of cases, a new case, and one case's page with its lesson, roles, steps, pairing and self-evaluation. */
@Controller
class CaseController {

    private final LessonStudyCases caseQuery;
    private final CaseService service;
    private final CasePage page;
    private final LessonStudyAccess caseAccess;
    private final ResearchAccess access;
    private final Staff staff;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;
    private final MessageSource messages;

    CaseController(LessonStudyCases caseQuery, CaseService service, CasePage page, LessonStudyAccess caseAccess,
                   ResearchAccess access, Staff staff, SubjectDirectory subjects, ClassDirectory classes,
                   MessageSource messages) {
        this.caseQuery = caseQuery;
        this.service = service;
        this.page = page;
        this.caseAccess = caseAccess;
        this.access = access;
        this.staff = staff;
        this.subjects = subjects;
        this.classes = classes;
        this.messages = messages;
    }

    @GetMapping("/research/cases")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        requireStaff(user);
        List<ResearchGroup> groups = access.visibleGroups(user);
        model.addAttribute("cases", caseQuery.visibleTo(user));
        model.addAttribute("groupNames", groups.stream().collect(java.util.stream.Collectors.toMap(
                ResearchGroup::getId, ResearchGroup::getName)));
        model.addAttribute("leadGroups", groups.stream().filter(g -> access.canLead(user, g)).toList());
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseForm(null, null, null, null, null, null, service.today(), 0));
        }
        model.addAttribute("teachers", staff.active(user.schoolId()));
        model.addAttribute("subjects", subjects.ofSchool(user.schoolId()));
        model.addAttribute("grades", classes.grades(user.schoolId()));
        return "research/lessonstudy/cases";
    }

    @PostMapping("/research/cases")
    String create(@AuthenticationPrincipal HezuoUser user, @RequestParam long groupId,
                  @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        access.requireLead(user, groupId);
        if (binding.hasErrors()) {
            return list(user, model);
        }
        try {
            LessonStudyCase created = service.create(user, groupId, form);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/research/cases/" + created.getId();
        } catch (RuleViolationException e) {
            model.addAttribute("lsError", text(e));
            return list(user, model);
        }
    }

    @GetMapping("/research/cases/{caseId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, Model model) {
        var found = caseAccess.requireView(user, caseId);
        LessonStudyCase c = found.lessonCase();
        if (!model.containsAttribute("caseForm")) {
            model.addAttribute("caseForm", new CaseForm(c.getTheme(), c.getTeacherId(), c.getSubjectId(),
                    c.getGradeId(), c.getUnit(), c.getTopic(), null, c.getVersion()));
        }
        page.fill(user, found, model);
        return "research/lessonstudy/case";
    }

    @PostMapping("/research/cases/{caseId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                  @Valid @ModelAttribute("caseForm") CaseForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        caseAccess.requireEdit(user, caseId);
        if (binding.hasErrors()) {
            return show(user, caseId, model);
        }
        return run(redirect, caseId, "#lesson", () -> service.update(user, caseId, form));
    }

    @PostMapping("/research/cases/{caseId}/roles")
    String role(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @RequestParam long teacherId,
                @RequestParam(required = false) CaseRole role, RedirectAttributes redirect,
                @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return run(user, htmx, model, redirect, caseId, "#roles", "roles",
                () -> service.setRole(user, caseId, teacherId, role));
    }

    @PostMapping("/research/cases/{caseId}/pair")
    String pair(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                @RequestParam(required = false) Long otherCaseId, RedirectAttributes redirect) {
        return run(redirect, caseId, "#pair", () -> service.pair(user, caseId, otherCaseId));
    }

    @PostMapping("/research/cases/{caseId}/steps")
    String addStep(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                   @RequestParam(defaultValue = "") String title, @RequestParam(required = false) Long ownerId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                   RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        return run(user, htmx, model, redirect, caseId, "#steps", "steps",
                () -> service.addStep(user, caseId, title, ownerId, dueDate));
    }

    @PostMapping("/research/cases/{caseId}/steps/{stepId}")
    String updateStep(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long stepId,
                      @RequestParam int version, @RequestParam(required = false) String title,
                      @RequestParam(required = false) Long ownerId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                      @RequestParam(required = false) StepStatus status, @RequestParam(required = false) String note,
                      RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        return run(user, htmx, model, redirect, caseId, "#step-" + stepId, "steps",
                () -> service.updateStep(user, caseId, stepId, version, title, ownerId, dueDate, status, note));
    }

    @PostMapping("/research/cases/{caseId}/steps/{stepId}/delete")
    String deleteStep(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long stepId,
                      RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
                      Model model) {
        return run(user, htmx, model, redirect, caseId, "#steps", "steps",
                () -> service.deleteStep(user, caseId, stepId));
    }

    @PostMapping("/research/cases/{caseId}/steps/{stepId}/move")
    String moveStep(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long stepId,
                    @RequestParam int direction, RedirectAttributes redirect,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return run(user, htmx, model, redirect, caseId, "#step-" + stepId, "steps",
                () -> service.moveStep(user, caseId, stepId, direction));
    }

    @PostMapping("/research/cases/{caseId}/self-evaluation")
    String selfEvaluate(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                        @RequestParam Map<String, String> params, RedirectAttributes redirect,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Map<SelfItem, Integer> levels = new EnumMap<>(SelfItem.class);
        Map<SelfItem, String> remarks = new EnumMap<>(SelfItem.class);
        for (SelfItem item : SelfItem.values()) {
            String level = params.get("level_" + item.name());
            if (level != null && !level.isBlank()) {
                try {
                    levels.put(item, Integer.parseInt(level.strip()));
                } catch (NumberFormatException e) {
                    levels.put(item, -1);
                }
                remarks.put(item, params.get("remark_" + item.name()));
            }
        }
        return run(user, htmx, model, redirect, caseId, "#self-evaluation", "selfEvaluation",
                () -> service.selfEvaluate(user, caseId, levels, remarks, params.get("comment")));
    }

    /**
     * Runs a change asked for by htmx ({@code HX-Request} header) and answers with the changed section of the case
     * page only ({@code case.html}'s fragment), a broken rule shown inside it; without htmx (no script) it is the
     * plain post and redirect of {@link #run(RedirectAttributes, long, String, Runnable)}.
     */
    String run(HezuoUser user, String htmx, Model model, RedirectAttributes redirect, long caseId, String anchor,
               String fragment, Runnable change) {
        if (htmx == null) {
            return run(redirect, caseId, anchor, change);
        }
        try {
            change.run();
            model.addAttribute("sectionSaved", true);
        } catch (RuleViolationException e) {
            model.addAttribute("sectionError", text(e));
        }
        page.fill(user, caseAccess.requireView(user, caseId), model);
        return "research/lessonstudy/case :: " + fragment;
    }

    /** Runs a change; a broken rule comes back to the case page as a message (the page keeps everything else). */
    String run(RedirectAttributes redirect, long caseId, String anchor, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("lsError", text(e));
        }
        return "redirect:/research/cases/" + caseId + anchor;
    }

    String text(RuleViolationException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), LocaleContextHolder.getLocale());
    }

    private static void requireStaff(HezuoUser user) {
        if (!user.isAdmin() && !(user.isTeacher() && user.teacherId() != null)) {
            throw new AccessDeniedException("lesson study");
        }
    }
}
