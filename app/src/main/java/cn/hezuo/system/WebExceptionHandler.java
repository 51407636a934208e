package cn.hezuo.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns exceptions into pages a teacher can read: missing → 404, denied → 403, a broken rule or a
 * stale edit → 409 with the reason in the user's language. Never a stack trace.
 */
@ControllerAdvice
class WebExceptionHandler {

    private final MessageSource messages;

    WebExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    String denied(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(RuleViolationException.class)
    String ruleViolated(RuleViolationException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("status", HttpStatus.CONFLICT.value());
        model.addAttribute("message", messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(),
                LocaleContextHolder.getLocale()));
        return "error/problem";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String staleEdit(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.CONFLICT, "error.staleEdit");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.PAYLOAD_TOO_LARGE, "error.uploadTooLarge");
    }

    /**
     * The heap ran out while handling this request (e.g. a file far denser than expected): the request is lost, but
     * the user reads why on a page, never a stack trace or raw JSON. Upload pages catch it themselves first.
     */
    @ExceptionHandler(OutOfMemoryError.class)
    String outOfMemory(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String badRequest(HttpServletResponse response, Model model) {
        return error(response, model, HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    private String error(HttpServletResponse response, Model model, HttpStatus status, String key) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
        return "error/problem";
    }
}
