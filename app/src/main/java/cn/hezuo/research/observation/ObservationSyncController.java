package cn.hezuo.research.observation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live tool's JSON: the observer's own taps (to rebuild the screen after a reload on any device) and the batch
 * sync. A batch racing its own retry meets the primary key; it is then answered again from what is stored (all
 * duplicates), so the browser never sees an error for a tap that was counted.
 */
@RestController
class ObservationSyncController {

    private final ObservationService service;
    private final MessageSource messages;

    ObservationSyncController(ObservationService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/research/observations/{lessonId}/events")
    Map<String, Object> events(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", service.myEvents(user, lessonId));
        return body;
    }

    @PostMapping("/research/observations/{lessonId}/events")
    SyncResult sync(@AuthenticationPrincipal HezuoUser user, @PathVariable long lessonId,
                    @RequestBody List<EventIn> batch) {
        ObservationService.Synced synced;
        try {
            synced = service.sync(user, lessonId, batch);
        } catch (DataIntegrityViolationException race) {
            synced = service.sync(user, lessonId, batch);
        }
        Locale locale = LocaleContextHolder.getLocale();
        return new SyncResult(synced.stored(), synced.duplicates(), synced.problems().stream()
                .map(p -> new SyncResult.Refused(p.id(), messages.getMessage(p.key(), p.args(), p.key(), locale)))
                .toList());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Map<String, String>> refused(RuleViolationException e) {
        return json(HttpStatus.CONFLICT, e.getMessageKey(), e.getArgs());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return json(HttpStatus.BAD_REQUEST, "research.obs.error.json", null);
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
