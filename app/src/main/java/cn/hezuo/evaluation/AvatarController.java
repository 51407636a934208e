package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 头像: a student picks their own on /me/avatar; a teacher of the class sets any student's from the board. */
@Controller
class AvatarController {

    private final Avatars avatars;
    private final ClassAccess classAccess;
    private final StudentDirectory students;

    AvatarController(Avatars avatars, ClassAccess classAccess, StudentDirectory students) {
        this.avatars = avatars;
        this.classAccess = classAccess;
        this.students = students;
    }

    @GetMapping("/me/avatar")
    String mine(@AuthenticationPrincipal HezuoUser user, Model model) {
        Student me = avatars.self(user);
        return picker(model, me, null, "/me/avatar");
    }

    @PostMapping("/me/avatar")
    String chooseMine(@AuthenticationPrincipal HezuoUser user, @RequestParam String avatar) {
        avatars.chooseOwn(user, avatar);
        return "redirect:/me/avatar?saved";
    }

    @GetMapping("/classes/{classId}/evaluation/avatars")
    String classList(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        if (user.isStudent()) {
            throw new AccessDeniedException("teachers only");
        }
        SchoolClass schoolClass = classAccess.requireView(user, classId);
        List<Student> list = students.activeOfClass(classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("students", list);
        model.addAttribute("avatars", avatars.of(list.stream().map(Student::getId).toList()));
        model.addAttribute("colours", list.stream().collect(java.util.stream.Collectors.toMap(Student::getId,
                s -> AvatarCatalogue.initialColour(s.getId()))));
        return "evaluation/avatars";
    }

    @GetMapping("/classes/{classId}/evaluation/avatars/{studentId}")
    String forStudent(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long studentId,
                      Model model) {
        Student student = avatars.studentOfClass(user, classId, studentId);
        SchoolClass schoolClass = classAccess.requireView(user, classId);
        return picker(model, student, schoolClass, "/classes/" + classId + "/evaluation/avatars/" + studentId);
    }

    @PostMapping("/classes/{classId}/evaluation/avatars/{studentId}")
    String setForStudent(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                         @PathVariable long studentId, @RequestParam String avatar) {
        avatars.setFor(user, classId, studentId, avatar);
        return "redirect:/classes/" + classId + "/evaluation/avatars?saved";
    }

    private String picker(Model model, Student student, SchoolClass schoolClass, String action) {
        Map<Long, String> current = avatars.of(List.of(student.getId()));
        model.addAttribute("student", student);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("current", current.get(student.getId()));
        model.addAttribute("ids", AvatarCatalogue.IDS);
        model.addAttribute("action", action);
        model.addAttribute("initialColour", AvatarCatalogue.initialColour(student.getId()));
        return "evaluation/avatar";
    }
}
