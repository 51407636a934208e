package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.RuleViolationException;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Add, edit, move and deactivate one student — the head teacher's (or admin's) roster edits. */
@Controller
class StudentController {

    private final RosterService service;
    private final ClassAccess access;
    private final SubjectDirectory subjects;
    private final StudentScoreRepository scores;

    StudentController(RosterService service, ClassAccess access, SubjectDirectory subjects,
                      StudentScoreRepository scores) {
        this.service = service;
        this.access = access;
        this.subjects = subjects;
        this.scores = scores;
    }

    @GetMapping("/classes/{classId}/students/new")
    String initCreate(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        model.addAttribute("form", StudentForm.empty());
        return formPage(user, schoolClass, null, Map.of(), model);
    }

    @PostMapping("/classes/{classId}/students")
    String processCreate(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                         @Valid @ModelAttribute("form") StudentForm form, BindingResult result,
                         @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        List<Subject> subjectList = activeSubjects(user);
        PriorScoreParams priorScores = new PriorScoreParams(subjectList, params);
        if (result.hasErrors() || !priorScores.invalidSubjects.isEmpty()) {
            return invalid(user, schoolClass, null, priorScores, model);
        }
        try {
            service.add(user, classId, form, priorScores.nonNull());
        } catch (RuleViolationException e) {
            result.rejectValue("studentNo", e.getMessageKey(), e.getArgs(), null);
            return invalid(user, schoolClass, null, priorScores, model);
        }
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/classes/" + classId;
    }

    @GetMapping("/students/{studentId}/edit")
    String initUpdate(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, Model model) {
        Student student = service.requireManaged(user, studentId);
        SchoolClass schoolClass = access.requireManage(user, student.getClassId());
        Map<Long, String> values = new HashMap<>();
        scores.findByStudentId(studentId).forEach(s -> values.put(s.getSubjectId(), s.getScore().toPlainString()));
        model.addAttribute("form", StudentForm.of(student));
        return formPage(user, schoolClass, student, values, model);
    }

    @PostMapping("/students/{studentId}")
    String processUpdate(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId,
                         @Valid @ModelAttribute("form") StudentForm form, BindingResult result,
                         @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Student student = service.requireManaged(user, studentId);
        SchoolClass schoolClass = access.requireManage(user, student.getClassId());
        PriorScoreParams priorScores = new PriorScoreParams(activeSubjects(user), params);
        if (result.hasErrors() || !priorScores.invalidSubjects.isEmpty()) {
            return invalid(user, schoolClass, student, priorScores, model);
        }
        service.update(user, studentId, form, priorScores.scores);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/classes/" + student.getClassId();
    }

    @PostMapping("/students/{studentId}/move")
    String move(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, @RequestParam long targetClassId,
                RedirectAttributes redirect) {
        Student student = service.requireManaged(user, studentId);
        long fromClass = student.getClassId();
        service.move(user, studentId, targetClassId);
        redirect.addFlashAttribute("notice", "notice.moved");
        return "redirect:/classes/" + fromClass;
    }

    @PostMapping("/students/{studentId}/active")
    String setActive(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId,
                     @RequestParam boolean active, RedirectAttributes redirect) {
        Student student = service.requireManaged(user, studentId);
        service.setActive(user, studentId, active);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/classes/" + student.getClassId() + (active ? "" : "?inactive=true");
    }

    private String invalid(HezuoUser user, SchoolClass schoolClass, Student student, PriorScoreParams priorScores,
                           Model model) {
        Map<Long, String> values = new HashMap<>();
        priorScores.scores.forEach((k, v) -> values.put(k, v == null ? "" : v.toPlainString()));
        model.addAttribute("invalidScores", priorScores.invalidSubjects);
        return formPage(user, schoolClass, student, values, model);
    }

    private String formPage(HezuoUser user, SchoolClass schoolClass, Student student, Map<Long, String> scoreValues,
                            Model model) {
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("student", student);
        model.addAttribute("subjects", activeSubjects(user));
        model.addAttribute("scoreValues", scoreValues);
        return "roster/student-form";
    }

    private List<Subject> activeSubjects(HezuoUser user) {
        return subjects.activeOfSchool(user.schoolId());
    }
}
