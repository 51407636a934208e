package cn.hezuo.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.grouping.GroupingException;
import cn.hezuo.grouping.SizeMode;
import cn.hezuo.roster.RosterQuery;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.DisplayNames;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * 分组: the plan list of a class, the form, the preview where the teacher drags students, and the
 * save/activate steps. Changes to a draft answer htmx requests with the re-rendered workspace.
 */
@Controller
class GroupPlanController {

    private final GroupPlanService service;
    private final PlanViews views;
    private final GroupPlanRepository plans;
    private final ClassAccess access;
    private final ClassGroupingInputs inputs;
    private final RosterQuery roster;
    private final MessageSource messages;
    private final DisplayNames displayNames;

    GroupPlanController(GroupPlanService service, PlanViews views, GroupPlanRepository plans, ClassAccess access,
                        ClassGroupingInputs inputs, RosterQuery roster, MessageSource messages,
            DisplayNames displayNames) {
        this.displayNames = displayNames;
        this.service = service;
        this.views = views;
        this.plans = plans;
        this.access = access;
        this.inputs = inputs;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping("/classes/{classId}/groups")
    String list(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("canManage", access.canManage(user, schoolClass));
        List<GroupPlan> shown = plans.findByClassIdOrderByCreatedAtDescIdDesc(classId).stream()
                .filter(p -> !p.isDraft() || p.getCreatedBy().equals(user.getUsername())).toList();
        model.addAttribute("plans", shown);
        model.addAttribute("names", displayNames.of(user.schoolId(), shown.stream().map(GroupPlan::getCreatedBy).toList()));
        return "group/list";
    }

    @GetMapping("/classes/{classId}/groups/new")
    String initForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        model.addAttribute("form", GroupingForm.defaults());
        return formPage(user, schoolClass, model);
    }

    @PostMapping("/classes/{classId}/groups")
    String processForm(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                       @Valid @ModelAttribute("form") GroupingForm form, BindingResult result, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        if (!form.validTierTemplate()) {
            result.rejectValue("tierTemplate", "group.error.tierTemplate");
        }
        if (result.hasErrors()) {
            return formPage(user, schoolClass, model);
        }
        try {
            GroupPlan plan = service.createDraft(user, classId, form);
            return "redirect:/groups/plans/" + plan.getId();
        } catch (GroupingException e) {
            Object[] args = readable(e.args(), inputs.load(user.schoolId(), classId));
            model.addAttribute("engineError", messages.getMessage(e.key(), args, e.getMessage(),
                    LocaleContextHolder.getLocale()));
            return formPage(user, schoolClass, model);
        }
    }

    @GetMapping("/groups/plans/{planId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, Model model) {
        GroupPlan plan = service.find(user, planId);
        SchoolClass schoolClass = access.requireView(user, plan.getClassId());
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("canManage", access.canManage(user, schoolClass));
        model.addAttribute("view", views.build(user, plan));
        return "group/plan";
    }

    @PostMapping("/groups/plans/{planId}/move")
    String move(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, @RequestParam long studentId,
                @RequestParam int toGroup, @RequestParam int version, HttpServletRequest request, Model model) {
        service.move(user, planId, studentId, toGroup, version);
        return workspace(user, planId, request, model);
    }

    @PostMapping("/groups/plans/{planId}/lock")
    String lock(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, @RequestParam long studentId,
                @RequestParam boolean locked, @RequestParam int version, HttpServletRequest request, Model model) {
        service.setLocked(user, planId, studentId, locked, version);
        return workspace(user, planId, request, model);
    }

    @PostMapping("/groups/plans/{planId}/rerun")
    String rerun(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, @RequestParam int version,
                 RedirectAttributes redirect) {
        service.rerun(user, planId, version);
        redirect.addFlashAttribute("notice", "group.notice.rerun");
        return "redirect:/groups/plans/" + planId;
    }

    @PostMapping("/groups/plans/{planId}/save")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, @RequestParam String name,
                @RequestParam int version, RedirectAttributes redirect) {
        String trimmed = name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 60) {
            redirect.addFlashAttribute("notice", "group.error.name");
            return "redirect:/groups/plans/" + planId;
        }
        service.save(user, planId, trimmed, version);
        redirect.addFlashAttribute("notice", "group.notice.saved");
        return "redirect:/groups/plans/" + planId;
    }

    /**
     * The activation form offers "carry 组名/组训/goals over" checked by default; {@code identityOffered} tells an
     * unchecked box (false) from a caller that never saw the choice (the default: carry over).
     */
    @PostMapping("/groups/plans/{planId}/activate")
    String activate(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId,
                    @RequestParam(required = false) Boolean carryIdentity,
                    @RequestParam(defaultValue = "false") boolean identityOffered, RedirectAttributes redirect) {
        boolean carry = identityOffered ? Boolean.TRUE.equals(carryIdentity) : carryIdentity == null || carryIdentity;
        service.activate(user, planId, carry);
        redirect.addFlashAttribute("notice", "group.notice.activated");
        return "redirect:/groups/plans/" + planId;
    }

    /** The teacher's own member numbers for one group: {@code no_<studentId>=<number>} for every member. */
    @PostMapping("/groups/plans/{planId}/groups/{groupNumber}/numbers")
    String renumber(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, @PathVariable int groupNumber,
                    @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getKey().startsWith("no_")) {
                continue;
            }
            long studentId;
            try {
                studentId = Long.parseLong(e.getKey().substring(3));
            } catch (NumberFormatException ex) {
                continue;
            }
            Integer number;
            try {
                number = Integer.valueOf(e.getValue().trim());
            } catch (NumberFormatException ex) {
                number = null;
            }
            numbers.put(studentId, number);
        }
        try {
            service.renumber(user, planId, groupNumber, numbers);
            redirect.addFlashAttribute("notice", "group.renumber.done");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("renumberError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("renumberGroup", groupNumber);
        }
        return "redirect:/groups/plans/" + planId + "#renumber";
    }

    @PostMapping("/groups/plans/{planId}/discard")
    String discard(@AuthenticationPrincipal HezuoUser user, @PathVariable long planId, RedirectAttributes redirect) {
        long classId = service.discard(user, planId);
        redirect.addFlashAttribute("notice", "group.notice.discarded");
        return "redirect:/classes/" + classId + "/groups";
    }

    /** htmx gets just the workspace (cards + balance panel); a plain form post gets the whole page. */
    private String workspace(HezuoUser user, long planId, HttpServletRequest request, Model model) {
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/groups/plans/" + planId;
        }
        GroupPlan plan = service.find(user, planId);
        SchoolClass schoolClass = access.requireView(user, plan.getClassId());
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("canManage", access.canManage(user, schoolClass));
        model.addAttribute("view", views.build(user, plan));
        return "group/plan :: workspace";
    }

    /** The engine names students by the ids we gave it (database ids); a teacher reads names. */
    static Object[] readable(List<Object> args, ClassGroupingInput input) {
        Map<String, String> names = new HashMap<>();
        input.students().forEach(s -> names.put(String.valueOf(s.getId()), s.getName()));
        return args.stream().map(arg -> {
            if (!(arg instanceof String text)) {
                return arg;
            }
            return Stream.of(text.split(",\\s*")).map(part -> names.getOrDefault(part.trim(), part))
                    .collect(Collectors.joining("、"));
        }).toArray();
    }

    private String formPage(HezuoUser user, SchoolClass schoolClass, Model model) {
        ClassGroupingInput input = inputs.load(user.schoolId(), schoolClass.getId());
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("students", roster.roster(schoolClass.getId(), false, RosterQuery.SortOrder.NAME));
        model.addAttribute("subjects", input.chosenSubjects(GroupingForm.defaults()));
        model.addAttribute("sizeModes", SizeMode.values());
        model.addAttribute("tierTemplates", GroupingForm.TIER_TEMPLATES);
        model.addAttribute("hasActivePlan", plans.findByClassIdAndActiveTrue(schoolClass.getId()).isPresent());
        Map<Long, String> names = new HashMap<>();
        input.students().forEach(s -> names.put(s.getId(), s.getName()));
        Map<String, String> pairLabels = new HashMap<>();
        GroupingForm form = (GroupingForm) model.getAttribute("form");
        if (form != null) {
            Stream.concat(form.apartPairs().stream(), form.togetherPairs().stream()).forEach(pair -> {
                String[] ids = pair.split("-");
                pairLabels.put(pair, names.getOrDefault(Long.valueOf(ids[0]), ids[0]) + " ↔ "
                        + names.getOrDefault(Long.valueOf(ids[1]), ids[1]));
            });
        }
        model.addAttribute("pairLabels", pairLabels);
        return "group/form";
    }
}
