package cn.hezuo.research.group;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.Grade;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.Subject;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.teacher.Teacher;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

/** Research groups: the admin's list and form (/admin/research), a group's page with its members (/research/groups). */
@Controller
class ResearchGroupController {

    private final ResearchGroupService service;
    private final ResearchAccess access;
    private final SchoolSetupService school;
    private final Staff staff;

    ResearchGroupController(ResearchGroupService service, ResearchAccess access, SchoolSetupService school,
                            Staff staff) {
        this.service = service;
        this.access = access;
        this.school = school;
        this.staff = staff;
    }

    /** A group as a row: names resolved. */
    record GroupRow(ResearchGroup group, String subject, String grade, String leader, int memberCount) {
    }

    record MemberRow(Teacher teacher, boolean leader) {
    }

    @GetMapping("/admin/research")
    String adminList(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("form", new GroupForm(GroupKind.RESEARCH, "", null, null, null, null, null));
        return adminPage(user, model);
    }

    @PostMapping("/admin/research/groups")
    String create(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") GroupForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        if (form.kind() == GroupKind.PREPARATION && form.gradeId() == null) {
            binding.rejectValue("gradeId", "validation.research.group.gradeId.notNull");
        }
        if (binding.hasErrors()) {
            return adminPage(user, model);
        }
        ResearchGroup group = service.create(user, form.kind(), form.name(), form.subjectId(), form.gradeId(),
                form.leaderId(), form.listenMinimum());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + group.getId();
    }

    @PostMapping("/admin/research/minimum")
    String schoolMinimum(@AuthenticationPrincipal HezuoUser user, @RequestParam int listenMinimum,
                         RedirectAttributes redirect) {
        if (listenMinimum < 0 || listenMinimum > 200) {
            throw new cn.hezuo.system.RuleViolationException("validation.research.group.listenMinimum.range");
        }
        service.setSchoolListenMinimum(user, listenMinimum);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/research";
    }

    @GetMapping("/research/groups/{groupId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId, Model model) {
        ResearchGroup group = access.requireView(user, groupId);
        model.addAttribute("form", new GroupForm(group.getKind(), group.getName(), group.getSubjectId(),
                group.getGradeId(), group.getLeaderId(), group.getListenMinimum(), group.getVersion()));
        return groupPage(user, group, model);
    }

    @PostMapping("/research/groups/{groupId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                  @Valid @ModelAttribute("form") GroupForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        ResearchGroup group = access.requireLead(user, groupId);
        if (!user.isAdmin()) {
            throw new org.springframework.security.access.AccessDeniedException("research group settings");
        }
        if (binding.hasErrors() || form.version() == null) {
            return groupPage(user, group, model);
        }
        service.update(user, groupId, form.version(), form.name(), form.subjectId(), form.gradeId(), form.leaderId(),
                form.listenMinimum());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId;
    }

    @PostMapping("/research/groups/{groupId}/members")
    String addMember(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                     @RequestParam long teacherId, RedirectAttributes redirect) {
        service.addMember(user, groupId, teacherId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId;
    }

    @PostMapping("/research/groups/{groupId}/members/{teacherId}/delete")
    String removeMember(@AuthenticationPrincipal HezuoUser user, @PathVariable long groupId,
                        @PathVariable long teacherId, RedirectAttributes redirect) {
        service.removeMember(user, groupId, teacherId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + groupId;
    }

    private String adminPage(HezuoUser user, Model model) {
        long schoolId = user.schoolId();
        Map<Long, String> subjects = school.subjects(schoolId).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
        Map<Long, String> grades = school.grades(schoolId).stream()
                .collect(Collectors.toMap(Grade::getId, Grade::getName));
        Map<Long, String> names = staff.names(schoolId);
        model.addAttribute("rows", access.visibleGroups(user).stream()
                .map(g -> new GroupRow(g, subjects.get(g.getSubjectId()), grades.get(g.getGradeId()),
                        names.get(g.getLeaderId()), access.memberIds(g.getId()).size()))
                .toList());
        model.addAttribute("subjects", school.subjects(schoolId));
        model.addAttribute("grades", school.grades(schoolId));
        model.addAttribute("teachers", staff.active(schoolId));
        model.addAttribute("kinds", GroupKind.values());
        model.addAttribute("schoolMinimum", access.schoolListenMinimum(schoolId));
        return "research/admin";
    }

    private String groupPage(HezuoUser user, ResearchGroup group, Model model) {
        long schoolId = user.schoolId();
        Map<Long, Teacher> teachers = staff.byId(schoolId);
        List<Long> memberIds = access.memberIds(group.getId());
        Set<Long> memberSet = new HashSet<>(memberIds);
        model.addAttribute("group", group);
        model.addAttribute("subject", school.subjects(schoolId).stream()
                .filter(s -> s.getId().equals(group.getSubjectId())).map(Subject::getName).findFirst().orElse(""));
        model.addAttribute("grade", school.grades(schoolId).stream()
                .filter(g -> g.getId().equals(group.getGradeId())).map(Grade::getName).findFirst().orElse(null));
        model.addAttribute("leader", teachers.get(group.getLeaderId()));
        model.addAttribute("members", memberIds.stream().map(teachers::get)
                .sorted(ChineseOrder.by(Teacher::getName))
                .map(t -> new MemberRow(t, t.getId().equals(group.getLeaderId()))).toList());
        model.addAttribute("candidates", staff.active(schoolId).stream().filter(t -> !memberSet.contains(t.getId()))
                .toList());
        model.addAttribute("canLead", access.canLead(user, group));
        model.addAttribute("isAdmin", user.isAdmin());
        model.addAttribute("listenMinimum", access.listenMinimum(group));
        model.addAttribute("subjects", school.subjects(schoolId));
        model.addAttribute("grades", school.grades(schoolId));
        model.addAttribute("teachers", staff.active(schoolId));
        return "research/group";
    }
}
