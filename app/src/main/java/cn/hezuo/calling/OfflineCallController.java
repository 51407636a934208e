package cn.hezuo.calling;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Instant;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON endpoint calling.js sends its offline queue to: one call drawn in the browser while the network was down
 * (see {@link CallingService#recordOfflineCall}). Errors answer JSON {@code {message}} so the page can say why.
 */
@RestController
class OfflineCallController {

    /** A queued call: the client id made at the tap, the student drawn and when (epoch milliseconds). */
    record QueuedCall(String requestId, Long studentId, Long madeAt) {
    }

    private final CallingService calling;
    private final MessageSource messages;

    OfflineCallController(CallingService calling, MessageSource messages) {
        this.calling = calling;
        this.messages = messages;
    }

    @PostMapping("/classes/{classId}/calling/offline-calls")
    Map<String, Object> record(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                               @RequestBody QueuedCall call) {
        if (call.studentId() == null || call.madeAt() == null) {
            throw new RuleViolationException("calling.error.request");
        }
        DrawResult result;
        try {
            result = calling.recordOfflineCall(user, classId, call.requestId(), call.studentId(),
                    Instant.ofEpochMilli(call.madeAt()));
        } catch (DataIntegrityViolationException e) {
            // The same queued call arrived twice at once: the other copy was recorded.
            result = calling.findByRequest(user, classId, call.requestId()).orElseThrow(() -> e);
        }
        return Map.of("drawId", result.draw().getId(), "requestId", result.draw().getRequestId());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, String>> refused(RuleViolationException e) {
        return json(HttpStatus.CONFLICT, e.getMessageKey(), e.getArgs());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied() {
        return json(HttpStatus.FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound() {
        return json(HttpStatus.NOT_FOUND, "error.notFound", null);
    }

    private ResponseEntity<Map<String, String>> json(HttpStatus status, String key, Object[] args) {
        String message = messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
