package cn.hezuo.mutualhelp.resources;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
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
 * 学习资料共享 pages: a student's (their group's and class's resources, their 错题本), the class's for its teachers,
 * and the two ways a file leaves the server: an image from {@code /image} with its checked type, every file from
 * {@code /file} as a download. Both {@code nosniff}; nothing is ever rendered inline as HTML.
 */
@Controller
class ResourceController {

    private final ResourceService service;
    private final MessageSource messages;

    ResourceController(ResourceService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/me/resources")
    String myPage(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("page", service.myPage(user));
        return "mutualhelp/resources/me";
    }

    @PostMapping("/me/resources")
    String share(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) String title,
                 @RequestParam(required = false) SharedResource.Kind kind,
                 @RequestParam(required = false) SharedResource.Visibility visibility,
                 @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile file,
                 RedirectAttributes redirect) throws IOException {
        try {
            service.shareAsStudent(user, share(title, kind, visibility, note, file));
            redirect.addFlashAttribute("notice", "mutualhelp.resources.shared");
        } catch (RuleViolationException e) {
            refused(redirect, e, title, note);
        }
        return "redirect:/me/resources";
    }

    @GetMapping("/classes/{classId}/resources")
    String classPage(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        model.addAttribute("page", service.classPage(user, classId));
        return "mutualhelp/resources/class";
    }

    @PostMapping("/classes/{classId}/resources")
    String shareWithClass(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                          @RequestParam(required = false) String title,
                          @RequestParam(required = false) SharedResource.Kind kind,
                          @RequestParam(required = false) String note,
                          @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            service.shareAsTeacher(user, classId, share(title, kind, SharedResource.Visibility.CLASS, note, file));
            redirect.addFlashAttribute("notice", "mutualhelp.resources.shared");
        } catch (RuleViolationException e) {
            refused(redirect, e, title, note);
        }
        return "redirect:/classes/" + classId + "/resources";
    }

    @PostMapping("/resources/{resourceId}/remove")
    String remove(@AuthenticationPrincipal HezuoUser user, @PathVariable long resourceId, RedirectAttributes redirect) {
        long classId = service.remove(user, resourceId);
        redirect.addFlashAttribute("notice", "mutualhelp.resources.removed");
        return user.isStudent() ? "redirect:/me/resources" : "redirect:/classes/" + classId + "/resources";
    }

    /** An image, shown as one: its checked type, nosniff, private and not stored. Other files are not served here. */
    @GetMapping("/resources/{resourceId}/image")
    ResponseEntity<byte[]> image(@AuthenticationPrincipal HezuoUser user, @PathVariable long resourceId) {
        ResourceService.FileOut file = service.file(user, resourceId);
        if (!file.image()) {
            throw new NotFoundException("image", resourceId);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate()).body(file.bytes());
    }

    /** Any file as a download (attachment), never shown in the browser. */
    @GetMapping("/resources/{resourceId}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal HezuoUser user, @PathVariable long resourceId) {
        ResourceService.FileOut file = service.file(user, resourceId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate()).body(file.bytes());
    }

    private static ResourceService.Share share(String title, SharedResource.Kind kind,
                                               SharedResource.Visibility visibility, String note, MultipartFile file)
            throws IOException {
        boolean none = file == null || file.isEmpty();
        return new ResourceService.Share(title, kind, visibility, note, none ? null : file.getOriginalFilename(),
                none ? null : file.getBytes());
    }

    private void refused(RedirectAttributes redirect, RuleViolationException e, String title, String note) {
        redirect.addFlashAttribute("shareError", messages.getMessage(e.getMessageKey(), e.getArgs(),
                LocaleContextHolder.getLocale()));
        redirect.addFlashAttribute("draftTitle", title);
        redirect.addFlashAttribute("draftNote", note);
    }
}
