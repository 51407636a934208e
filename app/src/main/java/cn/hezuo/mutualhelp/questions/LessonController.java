package cn.hezuo.mutualhelp.questions;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
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

/** The teachers' pages of 疑问汇总: a class's lesson entries and 课代表, and one lesson's digest. */
@Controller
class LessonController {

    private final LessonService service;
    private final ReflectionService reflections;
    private final ClassAccess access;
    private final Clock clock;

    LessonController(LessonService service, ReflectionService reflections, ClassAccess access, Clock clock) {
        this.service = service;
        this.reflections = reflections;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/mutual-help")
    String classPage(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        // Tomorrow's first lesson by default; students ask until the evening, leaders and 课代表 before school.
        LocalDateTime lesson = LocalDateTime.now(clock).truncatedTo(ChronoUnit.DAYS).plusDays(1).withHour(8);
        model.addAttribute("form", new LessonForm(null, "", lesson.minusHours(12), lesson.minusHours(10),
                lesson.minusHours(1), lesson));
        return page(user, classId, model);
    }

    @PostMapping("/classes/{classId}/mutual-help/lessons")
    String create(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @Valid @ModelAttribute("form") LessonForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        access.requireView(user, classId);
        if (!binding.hasErrors() && !inOrder(form)) {
            binding.reject("mutualhelp.error.deadlineOrder");
        }
        if (binding.hasErrors()) {
            return page(user, classId, model);
        }
        long id = service.create(user, classId, form);
        redirect.addFlashAttribute("notice", "mutualhelp.lesson.created");
        return "redirect:/mutual-help/lessons/" + id;
    }

    @PostMapping("/classes/{classId}/mutual-help/reps")
    String assignRep(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                     @RequestParam(required = false) Long studentId, RedirectAttributes redirect) {
        service.assignRep(user, classId, subjectId, studentId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/classes/" + classId + "/mutual-help";
    }

    @GetMapping("/mutual-help/lessons/{lessonId}")
    String digest(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        model.addAttribute("digest", service.digest(user, lessonId));
        model.addAttribute("reflection", reflections.teacherView(user, lessonId));
        return "mutualhelp/digest";
    }

    /** Opens 三思 for the lesson, or changes the lesson its unclear questions flow into (none: empty). */
    @PostMapping("/mutual-help/lessons/{lessonId}/reflection")
    String openReflection(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                          @RequestParam(required = false) Long nextLessonId, RedirectAttributes redirect) {
        reflections.open(user, lessonId, nextLessonId);
        redirect.addFlashAttribute("notice", "mutualhelp.reflection.opened");
        return "redirect:/mutual-help/lessons/" + lessonId + "#reflection";
    }

    @PostMapping("/mutual-help/lessons/{lessonId}/topics/{questionId}/outcome")
    String decide(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, @PathVariable long questionId,
                  @RequestParam(required = false) Question.Outcome outcome, RedirectAttributes redirect) {
        service.decide(user, lessonId, questionId, outcome);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/mutual-help/lessons/" + lessonId + "#topic-" + questionId;
    }

    private static boolean inOrder(LessonForm f) {
        return !f.askDue().isAfter(f.groupDue()) && !f.groupDue().isAfter(f.classDue())
                && !f.classDue().isAfter(f.lessonAt());
    }

    private String page(HezuoUser user, long classId, Model model) {
        model.addAttribute("view", service.classView(user, classId));
        return "mutualhelp/class";
    }
}
