package cn.hezuo.group.roles;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** This week's roles of every group of a class (teachers), the role scheme settings and hand overrides. */
@Controller
class RolesController {

    private final ClassAccess access;
    private final GroupRoleQuery roles;
    private final RoleSchemeService service;
    private final SchoolCalendar calendar;
    private final StudyGroupRepository groups;
    private final GroupLifeAccess groupAccess;

    RolesController(ClassAccess access, GroupRoleQuery roles, RoleSchemeService service, SchoolCalendar calendar,
                    StudyGroupRepository groups, GroupLifeAccess groupAccess) {
        this.access = access;
        this.roles = roles;
        this.service = service;
        this.calendar = calendar;
        this.groups = groups;
        this.groupAccess = groupAccess;
    }

    @GetMapping("/classes/{classId}/roles")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(required = false) Integer week, Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        int current = calendar.currentWeek(user.schoolId());
        int shown = week == null ? current : SchoolCalendar.clampWeek(week);
        Optional<WeekRoles> weekRoles = roles.rolesForWeek(classId, shown);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("canManage", access.canManage(user, schoolClass));
        model.addAttribute("week", shown);
        model.addAttribute("currentWeek", current);
        model.addAttribute("weekRoles", weekRoles.orElse(null));
        weekRoles.ifPresent(r -> model.addAttribute("groups", groups.findByPlanIdOrderByNumberAsc(r.planId())));
        RoleScheme scheme = service.schemeOf(user.schoolId(), classId);
        model.addAttribute("scheme", scheme);
        model.addAttribute("roleText", String.join("、", scheme.getRoleList()));
        model.addAttribute("kinds", SchemeKind.values());
        return "group/life/roles";
    }

    @PostMapping("/classes/{classId}/roles/scheme")
    String updateScheme(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam SchemeKind kind,
                        @RequestParam String roles, @RequestParam int periodWeeks,
                        @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        service.updateScheme(user, classId, kind, roles, periodWeeks, version);
        redirect.addFlashAttribute("notice", "grouplife.notice.saved");
        return "redirect:/classes/" + classId + "/roles";
    }

    @PostMapping("/classes/{classId}/roles/override")
    String override(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam int week,
                    @RequestParam long studentId, @RequestParam(required = false) String role,
                    RedirectAttributes redirect) {
        service.override(user, classId, week, studentId, role);
        redirect.addFlashAttribute("notice", "grouplife.notice.saved");
        return "redirect:/classes/" + classId + "/roles?week=" + week;
    }

    /** A student's nomination from their group page. */
    @PostMapping("/groups/{groupId}/nominations")
    String nominate(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, @RequestParam long nomineeId,
                    @RequestParam(required = false) Long subjectId, RedirectAttributes redirect) {
        groupAccess.requireStudent(user);
        service.nominate(user, groupId, nomineeId, subjectId);
        redirect.addFlashAttribute("notice", "grouplife.notice.nominated");
        return "redirect:/groups/" + groupId;
    }

}
