package cn.hezuo.exam.report;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.exam.ExamAccess;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A student's exams for their teachers: totals, class and grade ranks, means around them, knowledge-point rates and
 * the trend. The class's teachers may open it; each sees the exams of the subjects they may see there.
 */
@Controller
class StudentExamsController {

    private final StudentDirectory students;
    private final ClassAccess classAccess;
    private final ExamAccess examAccess;
    private final StudentExams studentExams;
    private final MessageSource messages;

    StudentExamsController(StudentDirectory students, ClassAccess classAccess, ExamAccess examAccess,
                           StudentExams studentExams, MessageSource messages) {
        this.students = students;
        this.classAccess = classAccess;
        this.examAccess = examAccess;
        this.studentExams = studentExams;
        this.messages = messages;
    }

    @GetMapping("/students/{studentId}/exams")
    String trend(@AuthenticationPrincipal HezuoUser user, @PathVariable long studentId, Model model) {
        Student student = students.find(studentId).filter(s -> s.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("student", studentId));
        if (user.isStudent()) {
            throw new AccessDeniedException("student " + studentId);
        }
        SchoolClass schoolClass = classAccess.requireView(user, student.getClassId());
        ExamAccess.Scope scope = examAccess.scope(user);
        List<StudentExams.ExamLine> lines = studentExams.lines(student,
                (exam, classId) -> !scope.viewable(exam.getSubjectId(), List.of(classId)).isEmpty());
        model.addAttribute("student", student);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("lines", lines);
        model.addAttribute("latestWithPoints", lines.stream().filter(l -> !l.points().isEmpty())
                .reduce((a, b) -> b).orElse(null));
        model.addAttribute("trendChart", StudentExams.trendChart(lines,
                messages.getMessage("examreport.student.rate", null, LocaleContextHolder.getLocale()),
                messages.getMessage("examreport.gradeMeanRate", null, LocaleContextHolder.getLocale())));
        return "exam/student";
    }
}
