package cn.hezuo.mutualhelp.board;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.mutualhelp.questions.PhotoStore;
import cn.hezuo.system.RuleViolationException;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * 互助答疑 pages. Students: {@code /me/board} (their class's board, phone first). Everyone allowed on a question:
 * {@code /board/questions/{id}} (answers, accepting, “我也有这个问题”; moderation for teachers). Teachers: the class's
 * board with its switches and homework, and the report. A refused form comes back with its text and the message.
 */
@Controller
class BoardController {

    private final BoardService board;
    private final BoardViews views;
    private final BoardModeration moderation;
    private final BoardSettings settings;
    private final BoardReport report;
    private final MessageSource messages;
    private final Clock clock;

    BoardController(BoardService board, BoardViews views, BoardModeration moderation, BoardSettings settings,
                    BoardReport report, MessageSource messages, Clock clock) {
        this.board = board;
        this.views = views;
        this.moderation = moderation;
        this.settings = settings;
        this.report = report;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- Students ----

    @GetMapping("/me/board")
    String myBoard(@AuthenticationPrincipal HezuoUser user, @RequestParam(required = false) Long subjectId,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("board", views.myBoard(user, subjectId, page));
        // A fresh id per page view: the same form sent twice (double tap, resend) is one question.
        model.addAttribute("requestId", UUID.randomUUID().toString());
        return "mutualhelp/board/me";
    }

    /** 更多: the next page of the student's board, as list items (htmx appends them in place of the link). */
    @GetMapping("/me/board/cards")
    String myCards(@AuthenticationPrincipal HezuoUser user, @RequestParam long subjectId,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("cardPage", views.myCards(user, subjectId, page));
        model.addAttribute("cardsUrl", "/me/board/cards?subjectId=" + subjectId);
        model.addAttribute("pageUrl", "/me/board?subjectId=" + subjectId);
        return "mutualhelp/board/cards :: page";
    }

    @PostMapping("/me/board/questions")
    String ask(@AuthenticationPrincipal HezuoUser user, @RequestParam long subjectId,
               @RequestParam(required = false) String body, @RequestParam(required = false) String knowledgePoint,
               @RequestParam(required = false) Long homeworkId, @RequestParam(defaultValue = "false") boolean anonymous,
               @RequestParam(required = false) MultipartFile photo, @RequestParam(required = false) String requestId,
               RedirectAttributes redirect) throws IOException {
        try {
            long id = board.ask(user, new BoardService.Ask(subjectId, body, knowledgePoint, homeworkId, anonymous,
                    photo == null || photo.isEmpty() ? null : photo.getBytes(), requestId));
            redirect.addFlashAttribute("notice", "mutualhelp.board.asked");
            return "redirect:/board/questions/" + id;
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("askError", message(e));
            redirect.addFlashAttribute("draftBody", body);
            redirect.addFlashAttribute("draftPoint", knowledgePoint);
            return "redirect:/me/board?subjectId=" + subjectId + "#ask";
        }
    }

    // ---- A question: students of the class and its teachers ----

    @GetMapping("/board/questions/{questionId}")
    String question(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId, Model model) {
        model.addAttribute("page", views.question(user, questionId));
        model.addAttribute("requestId", UUID.randomUUID().toString());
        return "mutualhelp/board/question";
    }

    @PostMapping("/board/questions/{questionId}/answers")
    String answer(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId,
                  @RequestParam(required = false) String body, @RequestParam(defaultValue = "false") boolean inClassName,
                  @RequestParam(required = false) String requestId, RedirectAttributes redirect) {
        try {
            board.answer(user, questionId, body, inClassName, requestId);
            redirect.addFlashAttribute("notice", "mutualhelp.board.answered");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("answerError", message(e));
            redirect.addFlashAttribute("draftAnswer", body);
        }
        return "redirect:/board/questions/" + questionId + "#answer";
    }

    @PostMapping("/board/questions/{questionId}/me-too")
    String meToo(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId, RedirectAttributes redirect) {
        board.meToo(user, questionId);
        redirect.addFlashAttribute("notice", "mutualhelp.board.meTooSaved");
        return "redirect:/board/questions/" + questionId;
    }

    @PostMapping("/board/answers/{answerId}/accept")
    String accept(@AuthenticationPrincipal HezuoUser user, @PathVariable long answerId,
                  @RequestParam(defaultValue = "true") boolean accepted, @RequestParam long questionId,
                  RedirectAttributes redirect) {
        board.accept(user, answerId, accepted);
        redirect.addFlashAttribute("notice", accepted ? "mutualhelp.board.acceptedNotice" : "notice.saved");
        return "redirect:/board/questions/" + questionId + "#answer-" + answerId;
    }

    /** The photo, re-encoded when it was posted, as an image never sniffed and never kept by shared caches. */
    @GetMapping("/board/questions/{questionId}/photo")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId) {
        PhotoStore.StoredPhoto photo = views.photo(user, questionId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"board-photo-" + questionId + ".jpg\"")
                .cacheControl(CacheControl.noStore().cachePrivate()).body(photo.bytes());
    }

    // ---- Teachers ----

    @GetMapping("/classes/{classId}/board")
    String classBoard(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                      @RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "0") int page,
                      Model model) {
        model.addAttribute("board", views.classBoard(user, classId, subjectId, page));
        model.addAttribute("defaultDue", LocalDateTime.now(clock).withSecond(0).withNano(0).plusDays(1).withHour(7)
                .withMinute(30));
        return "mutualhelp/board/class";
    }

    /** 更多: the next page of the class's board for its teachers, as list items. */
    @GetMapping("/classes/{classId}/board/cards")
    String classCards(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                      @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("cardPage", views.classCards(user, classId, subjectId, page));
        model.addAttribute("cardsUrl", "/classes/" + classId + "/board/cards?subjectId=" + subjectId);
        model.addAttribute("pageUrl", "/classes/" + classId + "/board?subjectId=" + subjectId);
        return "mutualhelp/board/cards :: page";
    }

    @PostMapping("/classes/{classId}/board/settings")
    String saveSettings(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                        @RequestParam(defaultValue = "false") boolean anonymousAllowed,
                        @RequestParam(defaultValue = "false") boolean awardPoints, RedirectAttributes redirect) {
        settings.update(user, classId, anonymousAllowed, awardPoints);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/classes/" + classId + "/board#settings";
    }

    @PostMapping("/classes/{classId}/board/homework")
    String addHomework(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long subjectId,
                       @RequestParam(required = false) String title,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                       LocalDateTime dueAt, RedirectAttributes redirect) {
        try {
            moderation.addHomework(user, classId, subjectId, title,
                    dueAt == null ? null : dueAt.atZone(clock.getZone()).toInstant());
            redirect.addFlashAttribute("notice", "mutualhelp.board.homeworkSaved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("homeworkError", message(e));
            redirect.addFlashAttribute("draftTitle", title);
        }
        return "redirect:/classes/" + classId + "/board?subjectId=" + subjectId + "#homework";
    }

    @PostMapping("/classes/{classId}/board/homework/{homeworkId}/due")
    String moveDue(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long homeworkId,
                   @RequestParam long subjectId, @RequestParam(defaultValue = "false") boolean now,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                   LocalDateTime dueAt, RedirectAttributes redirect) {
        moderation.moveDue(user, classId, homeworkId, now ? clock.instant()
                : dueAt == null ? null : dueAt.atZone(clock.getZone()).toInstant());
        redirect.addFlashAttribute("notice", "mutualhelp.board.homeworkSaved");
        return "redirect:/classes/" + classId + "/board?subjectId=" + subjectId + "#homework";
    }

    @GetMapping("/classes/{classId}/board/report")
    String report(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @RequestParam(required = false) Long subjectId, @RequestParam(defaultValue = "30") int days,
                  Model model) {
        model.addAttribute("report", report.report(user, classId, subjectId, days));
        model.addAttribute("periods", BoardReport.PERIODS);
        return "mutualhelp/board/report";
    }

    @PostMapping("/board/questions/{questionId}/hide")
    String hideQuestion(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId,
                        @RequestParam(defaultValue = "true") boolean hidden, RedirectAttributes redirect) {
        moderation.hideQuestion(user, questionId, hidden);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/board/questions/" + questionId;
    }

    @PostMapping("/board/questions/{questionId}/pin")
    String pin(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId,
               @RequestParam(defaultValue = "true") boolean pinned, RedirectAttributes redirect) {
        moderation.pin(user, questionId, pinned);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/board/questions/" + questionId;
    }

    @PostMapping("/board/questions/{questionId}/edit")
    String editQuestion(@AuthenticationPrincipal HezuoUser user, @PathVariable long questionId,
                        @RequestParam(required = false) String body, @RequestParam(required = false) String reason,
                        RedirectAttributes redirect) {
        try {
            moderation.editQuestion(user, questionId, body, reason);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("editError", message(e));
            redirect.addFlashAttribute("editTarget", "q" + questionId);
        }
        return "redirect:/board/questions/" + questionId + "#edit";
    }

    @PostMapping("/board/answers/{answerId}/hide")
    String hideAnswer(@AuthenticationPrincipal HezuoUser user, @PathVariable long answerId, @RequestParam long questionId,
                      @RequestParam(defaultValue = "true") boolean hidden, RedirectAttributes redirect) {
        moderation.hideAnswer(user, answerId, hidden);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/board/questions/" + questionId + "#answer-" + answerId;
    }

    @PostMapping("/board/answers/{answerId}/edit")
    String editAnswer(@AuthenticationPrincipal HezuoUser user, @PathVariable long answerId, @RequestParam long questionId,
                      @RequestParam(required = false) String body, @RequestParam(required = false) String reason,
                      RedirectAttributes redirect) {
        try {
            moderation.editAnswer(user, answerId, body, reason);
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("editError", message(e));
            redirect.addFlashAttribute("editTarget", "a" + answerId);
        }
        return "redirect:/board/questions/" + questionId + "#answer-" + answerId;
    }

    @PostMapping("/board/answers/{answerId}/award")
    String award(@AuthenticationPrincipal HezuoUser user, @PathVariable long answerId, @RequestParam long questionId,
                 RedirectAttributes redirect) {
        moderation.award(user, answerId);
        redirect.addFlashAttribute("notice", "mutualhelp.board.awarded");
        return "redirect:/board/questions/" + questionId + "#answer-" + answerId;
    }

    private String message(RuleViolationException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), LocaleContextHolder.getLocale());
    }
}
