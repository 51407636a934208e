package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The classroom board (whiteboard/projector), the teacher's phone page and a student recorder's page. */
@Controller
class EvaluationController {

    private final EvaluationAccess access;
    private final BoardQuery boards;

    EvaluationController(EvaluationAccess access, BoardQuery boards) {
        this.access = access;
        this.boards = boards;
    }

    @GetMapping("/classes/{classId}/evaluation")
    String classroom(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        return page(teacherRecorder(user, classId), "classroom", false, model);
    }

    @GetMapping("/classes/{classId}/evaluation/phone")
    String phone(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        return page(teacherRecorder(user, classId), "phone", true, model);
    }

    @GetMapping("/me/recorder")
    String studentRecorder(@AuthenticationPrincipal HezuoUser user, Model model) {
        return page(access.studentRecorder(user), "phone", false, model);
    }

    private Recorder teacherRecorder(HezuoUser user, long classId) {
        if (user.isStudent()) {
            throw new AccessDeniedException("teachers only");
        }
        return access.requireRecorder(user, classId);
    }

    private String page(Recorder recorder, String mode, boolean memberTotals, Model model) {
        model.addAttribute("board", boards.build(recorder, memberTotals));
        model.addAttribute("mode", mode);
        return "evaluation/board";
    }
}
