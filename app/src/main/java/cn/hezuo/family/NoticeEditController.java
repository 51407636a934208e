package cn.hezuo.family;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The head teacher changes or removes a class notice. Both forms carry the version the page was opened with, so an
 * edit made meanwhile in another window (or by the admin) is never overwritten or deleted unseen: the teacher reads
 * why in Chinese, and the form keeps what they typed.
 */
@Controller
class NoticeEditController {

    private final ClassAccess access;
    private final ClassNotices notices;
    private final MessageSource messages;

    NoticeEditController(ClassAccess access, ClassNotices notices, MessageSource messages) {
        this.access = access;
        this.notices = notices;
        this.messages = messages;
    }

    @GetMapping("/classes/{classId}/families/notices/{noticeId}/edit")
    String form(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long noticeId,
                Model model) {
        NoticeLine notice = notices.one(user, classId, noticeId);
        return form(model, access.requireManage(user, classId), noticeId, notice.version(), notice.title(),
                notice.body());
    }

    @PostMapping("/classes/{classId}/families/notices/{noticeId}")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long noticeId,
                @RequestParam int version, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String body, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        try {
            notices.edit(user, classId, noticeId, version, title, body);
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", messages.getMessage(e.getMessageKey(), e.getArgs(),
                    LocaleContextHolder.getLocale()));
            return form(model, schoolClass, noticeId, version, title, body);
        }
        redirect.addFlashAttribute("notice", "family.notice.edited");
        return "redirect:/classes/" + classId + "/families";
    }

    @PostMapping("/classes/{classId}/families/notices/{noticeId}/delete")
    String remove(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long noticeId,
                  @RequestParam int version, RedirectAttributes redirect) {
        notices.remove(user, classId, noticeId, version);
        redirect.addFlashAttribute("notice", "family.notice.removed");
        return "redirect:/classes/" + classId + "/families";
    }

    private static String form(Model model, SchoolClass schoolClass, long noticeId, int version, String title,
                               String body) {
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("noticeId", noticeId);
        model.addAttribute("version", version);
        model.addAttribute("noticeTitle", title);
        model.addAttribute("noticeBody", body);
        return "family/notice-edit";
    }
}
