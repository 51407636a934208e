package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.system.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A student's own exam results: scores, item points, knowledge-point rates, class and grade means, and a rank band at
 * most — never an exact rank or a tier label, and nothing about classmates (policy for minors' data).
 */
@Controller
class MyExamsController {

    private final StudentDirectory students;
    private final StudentExams studentExams;
    private final MessageSource messages;

    MyExamsController(StudentDirectory students, StudentExams studentExams, MessageSource messages) {
        this.students = students;
        this.studentExams = studentExams;
        this.messages = messages;
    }

    @GetMapping("/me/exams")
    String myExams(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        Student student = students.find(user.studentId())
                .orElseThrow(() -> new NotFoundException("student", user.studentId()));
        List<StudentExams.ExamLine> lines = studentExams.ownResults(student);
        List<StudentExams.ExamLine> newestFirst = new ArrayList<>(lines);
        Collections.reverse(newestFirst);
        model.addAttribute("student", student);
        model.addAttribute("lines", newestFirst);
        model.addAttribute("trendChart", StudentExams.trendChart(lines,
                messages.getMessage("examreport.me.myRate", null, LocaleContextHolder.getLocale()),
                messages.getMessage("examreport.gradeMeanRate", null, LocaleContextHolder.getLocale())));
        return "exam/me";
    }
}
