package cn.hezuo.group.identity;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.GroupContext;
import cn.hezuo.group.roles.GroupLifeAccess;
import cn.hezuo.group.roles.RoleSchemeService;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
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

/** A group's page (identity, goals, members, this week's roles) and its edit form. */
@Controller
class GroupPageController {

    private final GroupLifeAccess access;
    private final GroupPages pages;
    private final GroupIdentityService service;
    private final SchoolCalendar calendar;
    private final RoleSchemeService schemes;
    private final SubjectDirectory subjects;
    private final GroupEmblemService emblems;
    private final MessageSource messages;

    GroupPageController(GroupLifeAccess access, GroupPages pages, GroupIdentityService service, SchoolCalendar calendar,
                        RoleSchemeService schemes, SubjectDirectory subjects, GroupEmblemService emblems,
                        MessageSource messages) {
        this.emblems = emblems;
        this.messages = messages;
        this.access = access;
        this.pages = pages;
        this.service = service;
        this.calendar = calendar;
        this.schemes = schemes;
        this.subjects = subjects;
    }

    @GetMapping("/groups/{groupId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                @RequestParam(required = false) Integer week, Model model) {
        GroupContext context = access.requireRead(user, groupId);
        int shown = calendar.shownWeek(user.schoolId(), week);
        model.addAttribute("ctx", context);
        model.addAttribute("page", pages.build(context, shown, user.studentId()));
        boolean open = schemes.schemeOf(user.schoolId(), context.plan().getClassId()).isNominationsOpen();
        model.addAttribute("nominationsOpen", open && user.isStudent());
        if (open && user.isStudent()) {
            model.addAttribute("subjects", subjects.activeOfSchool(user.schoolId()));
        }
        return "group/life/group";
    }

    @GetMapping("/groups/{groupId}/edit")
    String edit(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, Model model) {
        GroupContext context = access.requireEdit(user, groupId);
        model.addAttribute("form", GroupIdentityForm.of(context.group()));
        return editPage(user, context, model);
    }

    @PostMapping("/groups/{groupId}/identity")
    String updateIdentity(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                          @Valid @ModelAttribute("form") GroupIdentityForm form, BindingResult result, Model model,
                          RedirectAttributes redirect) {
        GroupContext context = access.requireEdit(user, groupId);
        if (result.hasErrors()) {
            return editPage(user, context, model);
        }
        service.updateIdentity(user, groupId, form);
        redirect.addFlashAttribute("notice", "grouplife.notice.saved");
        return "redirect:/groups/" + groupId;
    }

    /** A teacher who manages the class chooses the group's emblem and colour; a clash names the other group. */
    @PostMapping("/groups/{groupId}/emblem")
    String chooseEmblem(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam int emblemNo,
                        @RequestParam int colourNo, Locale locale, RedirectAttributes redirect) {
        try {
            emblems.choose(user, groupId, emblemNo, colourNo);
            redirect.addFlashAttribute("notice", "grouplife.emblem.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("emblemError", messages.getMessage(e.getMessageKey(), e.getArgs(), locale));
        }
        return "redirect:/groups/" + groupId + "#group-emblem";
    }

    @PostMapping("/groups/{groupId}/goals/{studentId}")
    String updateGoals(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @PathVariable long studentId,
                       @Valid @ModelAttribute("goalForm") MemberGoalForm form, BindingResult result,
                       RedirectAttributes redirect) {
        access.requireEdit(user, groupId);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("notice", "grouplife.error.goal");
            return "redirect:/groups/" + groupId + "/edit";
        }
        service.updateMemberGoals(user, groupId, studentId, form);
        redirect.addFlashAttribute("notice", "grouplife.notice.saved");
        return "redirect:/groups/" + groupId + "/edit";
    }

    private String editPage(HezuoUser user, GroupContext context, Model model) {
        model.addAttribute("ctx", context);
        model.addAttribute("page", pages.build(context, calendar.currentWeek(user.schoolId()), user.studentId()));
        model.addAttribute("statuses", GoalStatus.values());
        return "group/life/edit";
    }
}
