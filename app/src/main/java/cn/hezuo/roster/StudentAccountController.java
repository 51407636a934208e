package cn.hezuo.roster;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.account.IssuedPassword;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.ChineseOrder;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Creates student logins and prints the slips. The slips are the response to the POST itself, so the
 * initial passwords exist only in that one page and are never stored in clear, not even in a session.
 */
@Controller
class StudentAccountController {

    private final StudentAccounts studentAccounts;
    private final RosterService roster;
    private final ClassAccess access;
    private final ClassDirectory classes;

    StudentAccountController(StudentAccounts studentAccounts, RosterService roster, ClassAccess access,
                             ClassDirectory classes) {
        this.studentAccounts = studentAccounts;
        this.roster = roster;
        this.access = access;
        this.classes = classes;
    }

    @PostMapping("/classes/{classId}/accounts")
    String createForClass(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        StudentAccounts.Result result = studentAccounts.createForClass(user, classId);
        return slips(user, schoolClass, result.issued().stream()
                .sorted(ChineseOrder.by(IssuedPassword::username)).toList(), result.skippedStudentNos(), model);
    }

    @PostMapping("/students/{studentId}/reset-password")
    String resetPassword(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, Model model) {
        Student student = roster.requireManaged(user, studentId);
        IssuedPassword issued = studentAccounts.resetFor(user, student);
        SchoolClass schoolClass = classes.find(student.getClassId()).orElseThrow();
        return slips(user, schoolClass, List.of(issued), List.of(), model);
    }

    private String slips(HezuoUser user, SchoolClass schoolClass, List<IssuedPassword> issued, List<String> skipped,
                         Model model) {
        model.addAttribute("schoolName", classes.school(user.schoolId()).map(s -> s.getName()).orElse(""));
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("issued", issued);
        model.addAttribute("skipped", skipped);
        model.addAttribute("loginUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/login").toUriString());
        return "roster/slips";
    }
}
