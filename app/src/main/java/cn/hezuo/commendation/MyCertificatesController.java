package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A student's own certificates, printable (/me/certificates). Only their own; no numbers, no ranks. */
@Controller
class MyCertificatesController {

    private final StudentDirectory students;
    private final StudentCertificates certificates;

    MyCertificatesController(StudentDirectory students, StudentCertificates certificates) {
        this.students = students;
        this.certificates = certificates;
    }

    @GetMapping("/me/certificates")
    String mine(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        var student = students.find(user.studentId()).orElseThrow(() -> new NotFoundException("student",
                user.studentId()));
        model.addAttribute("certificates", certificates.of(student));
        model.addAttribute("backUrl", "/me");
        return "commendation/certificates";
    }
}
