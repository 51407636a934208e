package cn.hezuo.research.calendar;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.Teacher;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/** A group's semester plan and calendar: the leader writes and publishes; members read; print and .xlsx. */
@Controller
class CalendarController {

    private final CalendarService calendar;
    private final CalendarView view;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final Staff staff;

    CalendarController(CalendarService calendar, CalendarView view, ResearchAccess access, ResearchTerms terms,
                       Staff staff) {
        this.calendar = calendar;
        this.view = view;
        this.access = access;
        this.terms = terms;
        this.staff = staff;
    }

    @GetMapping("/research/groups/{groupId}/plan")
    String plan(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                @RequestParam(required = false) Long termId, Model model) {
        ResearchGroup group = access.requireView(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        ResearchPlan plan = calendar.plan(groupId, term.id()).orElse(null);
        model.addAttribute("form", plan == null ? new PlanForm("", "", "", "", -1)
                : new PlanForm(plan.getGuidingIdea(), plan.getGoals(), plan.getTheme(), plan.getMeasures(),
                plan.getVersion()));
        model.addAttribute("activityForm", new ActivityForm(null, null, "", null, null, "", -1));
        return planPage(user, group, term, model);
    }

    @PostMapping("/research/groups/{groupId}/plan")
    String savePlan(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                    @Valid @ModelAttribute("form") PlanForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        if (binding.hasErrors()) {
            model.addAttribute("activityForm", new ActivityForm(null, null, "", null, null, "", -1));
            return planPage(user, group, term, model);
        }
        calendar.savePlan(user, groupId, term, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId + "/plan?termId=" + term.id();
    }

    @PostMapping("/research/groups/{groupId}/plan/publish")
    String publish(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                   @RequestParam int version, RedirectAttributes redirect) {
        calendar.publish(user, groupId, terms.term(user.schoolId(), termId), version);
        redirect.addFlashAttribute("notice", "research.plan.publishedNotice");
        return "redirect:/research/groups/" + groupId + "/plan?termId=" + termId;
    }

    @PostMapping("/research/groups/{groupId}/activities")
    String addActivity(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long termId,
                       @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        ResearchGroup group = access.requireLead(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        if (!binding.hasErrors() && !term.contains(form.date())) {
            binding.rejectValue("date", "research.error.outsideTerm",
                    new Object[] {form.date(), term.name(), term.startDate(), term.endDate()}, null);
        }
        if (binding.hasErrors()) {
            ResearchPlan plan = calendar.plan(groupId, term.id()).orElse(null);
            model.addAttribute("form", plan == null ? new PlanForm("", "", "", "", -1)
                    : new PlanForm(plan.getGuidingIdea(), plan.getGoals(), plan.getTheme(), plan.getMeasures(),
                    plan.getVersion()));
            return planPage(user, group, term, model);
        }
        calendar.createActivity(user, groupId, term, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId + "/plan?termId=" + term.id() + "#calendar";
    }

    @GetMapping("/research/groups/{groupId}/calendar/print")
    String print(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                 @RequestParam(required = false) Long termId, Model model) {
        ResearchGroup group = access.requireView(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        requireCalendar(user, group, term);
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("plan", calendar.plan(groupId, term.id()).orElse(null));
        model.addAttribute("months", view.months(calendar.activities(groupId, term.id()),
                terms.periods(user.schoolId(), term), term, staff.names(user.schoolId()), LocaleContextHolder.getLocale()));
        return "research/calendar-print";
    }

    @GetMapping("/research/groups/{groupId}/calendar.xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                                @RequestParam(required = false) Long termId) {
        ResearchGroup group = access.requireView(user, groupId);
        SchoolTerm term = terms.term(user.schoolId(), termId);
        requireCalendar(user, group, term);
        return view.xlsx(group, term, calendar.activities(groupId, term.id()), terms.periods(user.schoolId(), term),
                staff.names(user.schoolId()), LocaleContextHolder.getLocale());
    }

    private void requireCalendar(HezuoUser user, ResearchGroup group, SchoolTerm term) {
        if (!calendar.calendarVisible(user, group, term.id())) {
            throw new AccessDeniedException("calendar not published");
        }
    }

    private String planPage(HezuoUser user, ResearchGroup group, SchoolTerm term, Model model) {
        boolean canLead = access.canLead(user, group);
        boolean visible = calendar.calendarVisible(user, group, term.id());
        Map<Long, Teacher> teachers = staff.byId(user.schoolId());
        model.addAttribute("group", group);
        model.addAttribute("term", term);
        model.addAttribute("terms", terms.all(user.schoolId()));
        model.addAttribute("plan", calendar.plan(group.getId(), term.id()).orElse(null));
        model.addAttribute("canLead", canLead);
        model.addAttribute("visible", visible);
        model.addAttribute("months", visible ? view.months(calendar.activities(group.getId(), term.id()),
                terms.periods(user.schoolId(), term), term, staff.names(user.schoolId()), LocaleContextHolder.getLocale())
                : List.of());
        model.addAttribute("members", access.memberIds(group.getId()).stream().map(teachers::get)
                .sorted(cn.hezuo.system.ChineseOrder.by(Teacher::getName)).toList());
        model.addAttribute("kinds", ActivityKind.values());
        return "research/plan";
    }
}
