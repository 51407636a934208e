package cn.hezuo.mutualhelp.questions;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.system.RuleViolationException;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The students' pages of 疑问汇总 (phone first): asking, the question collector's group list, the 课代表's class list;
 * and the photo of a question for everyone allowed to see it.
 */
@Controller
class MyQuestionsController {

    private final PipelineService service;
    private final ReflectionService reflections;
    private final ClassAccess access;
    private final org.springframework.context.MessageSource messages;

    MyQuestionsController(PipelineService service, ReflectionService reflections, ClassAccess access,
                          org.springframework.context.MessageSource messages) {
        this.service = service;
        this.reflections = reflections;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/me/mutual-help")
    String page(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("page", service.myPage(user));
        // A fresh id per page view: the same form sent twice (double tap, resend) saves one question.
        model.addAttribute("requestId", UUID.randomUUID().toString());
        return "mutualhelp/me";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/questions")
    String ask(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
               @RequestParam(required = false) String body, @RequestParam(required = false) String knowledgePoint,
               @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String requestId,
               RedirectAttributes redirect) throws IOException {
        try {
            service.ask(user, lessonId, body, knowledgePoint, photo == null || photo.isEmpty() ? null : photo.getBytes(),
                    requestId);
            redirect.addFlashAttribute("notice", "mutualhelp.asked");
        } catch (RuleViolationException e) {
            // Nothing typed is lost: the text comes back with the message naming the field.
            redirect.addFlashAttribute("askError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("askLesson", lessonId);
            redirect.addFlashAttribute("draftBody", body);
            redirect.addFlashAttribute("draftPoint", knowledgePoint);
        }
        return "redirect:/me/mutual-help#lesson-" + lessonId;
    }

    /** 三思: three short answers; the typed text comes back with the message if one is refused. */
    @PostMapping("/me/mutual-help/lessons/{lessonId}/reflection")
    String reflect(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                   @RequestParam(required = false) String gains, @RequestParam(required = false) String unclear,
                   @RequestParam(required = false) String plan, RedirectAttributes redirect) {
        try {
            reflections.answer(user, lessonId, gains, unclear, plan);
            redirect.addFlashAttribute("notice", "mutualhelp.reflection.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("reflectError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("reflectLesson", lessonId);
            redirect.addFlashAttribute("draftGains", gains);
            redirect.addFlashAttribute("draftUnclear", unclear);
            redirect.addFlashAttribute("draftPlan", plan);
        }
        return "redirect:/me/mutual-help#reflection-" + lessonId;
    }

    @GetMapping("/me/mutual-help/lessons/{lessonId}/group")
    String group(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        model.addAttribute("page", service.groupPage(user, lessonId));
        return "mutualhelp/group";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/group/merge")
    String mergeInGroup(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                        @RequestParam long questionId, @RequestParam(required = false) Long intoId,
                        RedirectAttributes redirect) {
        service.mergeInGroup(user, lessonId, questionId, intoId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/me/mutual-help/lessons/" + lessonId + "/group";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/group/solved")
    String selfSolved(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                      @RequestParam long questionId, @RequestParam(defaultValue = "false") boolean solved,
                      @RequestParam(required = false) String how, RedirectAttributes redirect) {
        try {
            service.selfSolved(user, lessonId, questionId, solved, how);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("solvedError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            redirect.addFlashAttribute("solvedQuestion", questionId);
            redirect.addFlashAttribute("draftHow", how);
        }
        return "redirect:/me/mutual-help/lessons/" + lessonId + "/group";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/group/submit")
    String submitGroup(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, RedirectAttributes redirect) {
        service.submitGroup(user, lessonId);
        redirect.addFlashAttribute("notice", "mutualhelp.group.submitted");
        return "redirect:/me/mutual-help/lessons/" + lessonId + "/group";
    }

    @GetMapping("/me/mutual-help/lessons/{lessonId}/class")
    String classList(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, Model model) {
        model.addAttribute("page", service.classPage(user, lessonId));
        return "mutualhelp/rep";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/class/merge")
    String mergeInClass(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                        @RequestParam long questionId, @RequestParam(required = false) Long intoId,
                        RedirectAttributes redirect) {
        service.mergeInClass(user, lessonId, questionId, intoId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/me/mutual-help/lessons/" + lessonId + "/class";
    }

    @PostMapping("/me/mutual-help/lessons/{lessonId}/class/submit")
    String submitClass(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId, RedirectAttributes redirect) {
        service.submitClass(user, lessonId);
        redirect.addFlashAttribute("notice", "mutualhelp.rep.submitted");
        return "redirect:/me/mutual-help/lessons/" + lessonId + "/class";
    }

    /** The photo as the image it was checked to be, never sniffed, never cached by shared proxies. */
    @GetMapping("/mutual-help/questions/{questionId}/photo")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId) {
        PhotoStore.StoredPhoto photo = service.photo(user, questionId, classId -> {
            try {
                access.requireView(user, classId);
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"photo-" + questionId + "\"")
                .cacheControl(CacheControl.noStore().cachePrivate()).body(photo.bytes());
    }
}
