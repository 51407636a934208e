package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files of a case: uploaded to a step (minutes, reflections, 观课报告, video, summary) and downloaded. Every file is
 * sent as an attachment with {@code nosniff}, never as a page; a video answers HTTP range requests (Spring turns a
 * {@link Resource} body into 206 partial content for a {@code Range} header), so the page's player can seek.
 */
@Controller
class CaseFileController {

    private final CaseService service;
    private final CaseFiles files;
    private final LessonStudyAccess caseAccess;
    private final CaseController cases;

    CaseFileController(CaseService service, CaseFiles files, LessonStudyAccess caseAccess, CaseController cases) {
        this.service = service;
        this.files = files;
        this.caseAccess = caseAccess;
        this.cases = cases;
    }

    @PostMapping("/research/cases/{caseId}/steps/{stepId}/files")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long stepId,
                  @RequestParam FileKind kind, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            String name = file == null ? "" : file.getOriginalFilename();
            return cases.run(redirect, caseId, "#step-" + stepId, () -> {
                caseAccess.requireView(user, caseId);
                throw new RuleViolationException("lessonstudy.error.fileEmpty", name);
            });
        }
        byte[] content = file.getBytes();
        return cases.run(redirect, caseId, "#step-" + stepId,
                () -> service.attach(user, caseId, stepId, kind, file.getOriginalFilename(), content));
    }

    @GetMapping("/research/cases/{caseId}/files/{fileId}")
    ResponseEntity<Resource> download(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                                      @PathVariable long fileId) {
        caseAccess.requireView(user, caseId);
        CaseFiles.File file = files.find(caseId, fileId)
                .orElseThrow(() -> new NotFoundException("lesson study file", fileId));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.meta().filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .contentType(MediaType.parseMediaType(file.meta().contentType()))
                .body(file.content());
    }

    @PostMapping("/research/cases/{caseId}/files/{fileId}/delete")
    String delete(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long fileId,
                  RedirectAttributes redirect) {
        return cases.run(redirect, caseId, "#steps", () -> service.removeFile(user, caseId, fileId));
    }
}
