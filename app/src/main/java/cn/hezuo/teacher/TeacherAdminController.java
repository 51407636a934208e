package cn.hezuo.teacher;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.NotFoundException;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/** The admin's teacher pages: list, create (with login), edit, what they teach, password reset, disable. */
@Controller
class TeacherAdminController {

    private final TeacherService service;
    private final TeacherRepository teachers;
    private final TeachingAssignmentRepository assignments;
    private final ClassDirectory classes;
    private final SubjectDirectory subjects;
    private final AccountDirectory accounts;

    TeacherAdminController(TeacherService service, TeacherRepository teachers, TeachingAssignmentRepository assignments,
                           ClassDirectory classes, SubjectDirectory subjects, AccountDirectory accounts) {
        this.service = service;
        this.teachers = teachers;
        this.assignments = assignments;
        this.classes = classes;
        this.subjects = subjects;
        this.accounts = accounts;
    }

    record TeacherRow(Teacher teacher, String username, boolean enabled) {
    }

    record AssignmentRow(long id, String className, String subjectName) {
    }

    @GetMapping("/admin/teachers")
    String list(@AuthenticationPrincipal HezuoUser user, Model model) {
        List<Teacher> all = teachers.findBySchoolIdOrderByIdAsc(user.schoolId());
        Map<Long, Account> accountById = accounts.findAll(all.stream().map(Teacher::getAccountId)
                        .filter(id -> id != null).toList()).stream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        List<TeacherRow> rows = all.stream()
                .sorted(ChineseOrder.by(Teacher::getName))
                .map(t -> {
                    Account account = t.getAccountId() == null ? null : accountById.get(t.getAccountId());
                    return new TeacherRow(t, account == null ? null : account.getUsername(),
                            account != null && account.isEnabled());
                })
                .toList();
        model.addAttribute("rows", rows);
        return "teacher/list";
    }

    @GetMapping("/admin/teachers/new")
    String initCreate(Model model) {
        model.addAttribute("form", new TeacherForm("", "", "", "", null));
        return "teacher/new";
    }

    @PostMapping("/admin/teachers")
    String processCreate(@AuthenticationPrincipal HezuoUser user, @Valid @ModelAttribute("form") TeacherForm form,
                         BindingResult result, Model model) {
        if (form.username() == null || form.username().isBlank()) {
            result.rejectValue("username", "account.error.username");
        } else if (accounts.usernameTaken(form.username().trim())) {
            result.rejectValue("username", "account.error.usernameTaken", new Object[] {form.username()}, null);
        }
        if (result.hasErrors()) {
            return "teacher/new";
        }
        IssuedPassword issued = service.create(user.schoolId(), form.name(), form.staffNo(), form.phone(), form.username());
        model.addAttribute("issued", List.of(issued));
        model.addAttribute("backUrl", "/admin/teachers");
        return "account/issued";
    }

    @GetMapping("/admin/teachers/{teacherId}")
    String detail(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId, Model model) {
        Teacher teacher = find(user, teacherId);
        model.addAttribute("form", new TeacherForm(teacher.getName(), teacher.getStaffNo(), teacher.getPhone(), null,
                teacher.getVersion(), teacher.getBirthYear(), teacher.getStartYear(), teacher.getTitle()));
        return detailPage(user, teacher, model);
    }

    @PostMapping("/admin/teachers/{teacherId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId,
                  @Valid @ModelAttribute("form") TeacherForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        Teacher teacher = find(user, teacherId);
        if (result.hasErrors() || form.version() == null) {
            return detailPage(user, teacher, model);
        }
        service.update(user.schoolId(), teacherId, form.version(), form.name(), form.staffNo(), form.phone(),
                form.birthYear(), form.startYear(), form.title());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/teachers/" + teacherId;
    }

    @PostMapping("/admin/teachers/{teacherId}/assignments")
    String assign(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId,
                  @Valid AssignmentForm form, BindingResult result, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            service.assign(user.schoolId(), teacherId, form.classId(), form.subjectId());
            redirect.addFlashAttribute("notice", "notice.saved");
        }
        return "redirect:/admin/teachers/" + teacherId;
    }

    @PostMapping("/admin/teachers/{teacherId}/assignments/{assignmentId}/delete")
    String unassign(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId,
                    @PathVariable long assignmentId, RedirectAttributes redirect) {
        service.unassign(user.schoolId(), teacherId, assignmentId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/teachers/" + teacherId;
    }

    @PostMapping("/admin/teachers/{teacherId}/reset-password")
    String resetPassword(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId, Model model) {
        model.addAttribute("issued", List.of(service.resetPassword(user.schoolId(), teacherId)));
        model.addAttribute("backUrl", "/admin/teachers/" + teacherId);
        return "account/issued";
    }

    @PostMapping("/admin/teachers/{teacherId}/active")
    String setActive(@AuthenticationPrincipal HezuoUser user, @PathVariable long teacherId,
                     @RequestParam boolean active, RedirectAttributes redirect) {
        service.setActive(user.schoolId(), teacherId, active);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/admin/teachers/" + teacherId;
    }

    private String detailPage(HezuoUser user, Teacher teacher, Model model) {
        Map<Long, String> classNames = classes.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        Map<Long, String> subjectNames = subjects.ofSchool(user.schoolId()).stream()
                .collect(Collectors.toMap(Subject::getId, Subject::getName));
        model.addAttribute("teacher", teacher);
        model.addAttribute("account", teacher.getAccountId() == null ? null
                : accounts.find(teacher.getAccountId()).orElse(null));
        model.addAttribute("assignments", assignments.findByTeacherIdOrderByIdAsc(teacher.getId()).stream()
                .map(a -> new AssignmentRow(a.getId(), classNames.get(a.getClassId()), subjectNames.get(a.getSubjectId())))
                .toList());
        model.addAttribute("headOf", classes.headedBy(teacher.getId()));
        model.addAttribute("classes", classes.ofSchool(user.schoolId()).stream()
                .sorted(SchoolClass.DISPLAY_ORDER).toList());
        model.addAttribute("subjects", subjects.activeOfSchool(user.schoolId()));
        return "teacher/detail";
    }

    private Teacher find(HezuoUser user, long teacherId) {
        return teachers.findByIdAndSchoolId(teacherId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("teacher", teacherId));
    }
}
