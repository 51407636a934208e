package cn.hezuo.home;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.MyGroup;
import cn.hezuo.group.MyGroupQuery;
import cn.hezuo.peereval.PeerEntryService;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A student's own page. It shows their own record and nothing about classmates; prior scores stay
 * teacher-only (policy: no labels or rankings for students).
 */
@Controller
class MyRecordController {

    private final StudentDirectory students;
    private final ClassDirectory classes;
    private final MyGroupQuery myGroup;
    private final PeerEntryService peerEvaluation;
    private final StudentProgressQuery progress;

    MyRecordController(StudentDirectory students, ClassDirectory classes, MyGroupQuery myGroup,
                       PeerEntryService peerEvaluation, StudentProgressQuery progress) {
        this.progress = progress;
        this.students = students;
        this.classes = classes;
        this.myGroup = myGroup;
        this.peerEvaluation = peerEvaluation;
    }

    @GetMapping("/me")
    String me(@AuthenticationPrincipal HezuoUser user, Model model) {
        if (!user.isStudent() || user.studentId() == null) {
            throw new AccessDeniedException("student page");
        }
        Student student = students.find(user.studentId()).orElseThrow(() -> new NotFoundException("student", user.studentId()));
        model.addAttribute("student", student);
        model.addAttribute("schoolClass", classes.find(student.getClassId()).orElse(null));
        MyGroup group = myGroup.of(student).orElse(null);
        model.addAttribute("myGroup", group);
        model.addAttribute("progress", progress.of(student, group).orElse(null));
        model.addAttribute("peerEvaluationCard", peerEvaluation.homeCard(user));
        return "roster/me";
    }
}
