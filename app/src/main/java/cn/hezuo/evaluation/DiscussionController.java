package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The board's discussion timer keeps its runs on the server (JSON, called by evaluation-tools.js). */
@RestController
class DiscussionController {

    private final DiscussionTimer timer;
    private final MessageSource messages;

    DiscussionController(DiscussionTimer timer, MessageSource messages) {
        this.timer = timer;
        this.messages = messages;
    }

    record End(Integer seconds) {
    }

    @PostMapping("/classes/{classId}/evaluation/discussions")
    Map<String, Object> start(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                              @RequestBody DiscussionTimer.Start request) {
        DiscussionTimer.Started started = timer.start(user, classId, request);
        return Map.of("id", started.id(), "repeated", started.repeated());
    }

    @PostMapping("/classes/{classId}/evaluation/discussions/{id}/end")
    Map<String, Object> end(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long id,
                            @RequestBody(required = false) End request) {
        int seconds = request == null || request.seconds() == null ? 0 : request.seconds();
        return Map.of("id", id, "seconds", timer.end(user, classId, id, seconds));
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, String>> refused(RuleViolationException e) {
        return json(HttpStatus.BAD_REQUEST, e.getMessageKey());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied() {
        return json(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return json(HttpStatus.NOT_FOUND, "error.notFound");
    }

    private ResponseEntity<Map<String, String>> json(HttpStatus status, String key) {
        return ResponseEntity.status(status)
                .body(Map.of("message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale())));
    }
}
