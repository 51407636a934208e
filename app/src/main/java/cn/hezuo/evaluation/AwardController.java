package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON endpoints the board's script calls: award, undo and the board totals. Errors answer JSON with
 * a message in the user's language, so the page can roll back and say why.
 */
@RestController
class AwardController {

    private final EvaluationAccess access;
    private final BoardQuery boards;
    private final AwardService awards;
    private final MessageSource messages;

    AwardController(EvaluationAccess access, BoardQuery boards, AwardService awards, MessageSource messages) {
        this.access = access;
        this.boards = boards;
        this.awards = awards;
        this.messages = messages;
    }

    /** The class board as JSON: group totals of the term (what the projector refreshes; the benchmark reads it). */
    @GetMapping("/classes/{classId}/evaluation/totals")
    Map<String, Object> totals(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId) {
        Board board = boards.build(access.requireRecorder(user, classId), false);
        Map<Long, Integer> groups = new HashMap<>();
        board.groups().forEach(g -> groups.put(g.id(), g.total()));
        return Map.of("termId", board.term().id(), "week", board.week(), "groupTotals", groups);
    }

    @PostMapping("/classes/{classId}/evaluation/awards")
    AwardResult award(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                      @RequestBody AwardRequest request) {
        return awards.award(user, classId, request);
    }

    @PostMapping("/classes/{classId}/evaluation/awards/{actionId}/undo")
    AwardResult undo(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long actionId) {
        return awards.undo(user, classId, actionId);
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
