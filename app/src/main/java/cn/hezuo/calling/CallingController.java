package cn.hezuo.calling;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.Avatars;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.teacher.DisplayNames;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 随机点名 pages. A draw is a POST carrying a request id; from htmx (the forms' {@code hx-post}, header
 * {@code HX-Request}) it answers with the result panel, from a plain form with a redirect to the page showing that draw.
 */
@Controller
class CallingController {

    private final CallingService calling;
    private final EvaluationItemService evaluationItems;
    private final Clock clock;
    private final DisplayNames displayNames;
    private final Avatars avatars;

    CallingController(CallingService calling, EvaluationItemService evaluationItems, Clock clock,
            DisplayNames displayNames, Avatars avatars) {
        this.avatars = avatars;
        this.displayNames = displayNames;
        this.calling = calling;
        this.evaluationItems = evaluationItems;
        this.clock = clock;
    }

    @GetMapping("/classes/{classId}/calling")
    String page(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(required = false) Long draw, Model model) {
        CallingBoard board = calling.board(user, classId);
        model.addAttribute("board", board);
        model.addAttribute("awardItems", awardItems(board));
        model.addAttribute("result", draw == null ? null : calling.find(user, classId, draw));
        addFaces(model, board.studentIds());
        model.addAttribute("requestId", UUID.randomUUID().toString());
        model.addAttribute("windows", FairnessWindow.values());
        return "calling/page";
    }

    @PostMapping("/classes/{classId}/calling/draws")
    String draw(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam CallingMode mode,
                @RequestParam(required = false) Integer groupNo, @RequestParam String requestId,
                HttpServletRequest request, Model model) {
        DrawResult result;
        try {
            result = calling.draw(user, classId, mode, groupNo, requestId);
        } catch (DataIntegrityViolationException e) {
            // The same request id arrived twice at once: the other one drew; show its result.
            result = calling.findByRequest(user, classId, requestId).orElseThrow(() -> e);
        }
        return answer(classId, result, request, model);
    }

    @PostMapping("/classes/{classId}/calling/draws/{drawId}/pass")
    String pass(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long drawId,
                HttpServletRequest request, Model model) {
        return answer(classId, calling.pass(user, classId, drawId), request, model);
    }

    @PostMapping("/classes/{classId}/calling/absent")
    String absent(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam long studentId,
                  @RequestParam boolean absent, HttpServletRequest request, Model model) {
        calling.setAbsent(user, classId, studentId, absent);
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/classes/" + classId + "/calling#roster";
        }
        CallingBoard board = calling.board(user, classId);
        model.addAttribute("board", board);
        model.addAttribute("seat", board.seatOf(studentId));
        addFaces(model, java.util.List.of(studentId));
        model.addAttribute("classId", classId);
        return "calling/seat :: toggled";
    }

    @PostMapping("/classes/{classId}/calling/lessons")
    String startLesson(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                       @RequestParam FairnessWindow window) {
        calling.startLesson(user, classId, window);
        return "redirect:/classes/" + classId + "/calling";
    }

    @GetMapping("/classes/{classId}/calling/log")
    String log(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        FairnessLog log = calling.log(user, classId);
        model.addAttribute("log", log);
        model.addAttribute("names", displayNames.of(user.schoolId(), log.recent().stream().map(d -> d.draw().getCalledBy()).toList()));
        model.addAttribute("zone", clock.getZone());
        return "calling/log";
    }

    /** The class's evaluation items, so a called student can be awarded in one more tap. */
    private java.util.List<cn.hezuo.evaluation.EvalItem> awardItems(CallingBoard board) {
        return evaluationItems.activeItems(board.schoolClass().getId());
    }

    /** The students' avatar paths ({@code faces}) and, for those without one, their initial's colour. */
    private void addFaces(Model model, java.util.List<Long> studentIds) {
        model.addAttribute("faces", avatars.avatarPaths(studentIds));
        java.util.Map<Long, String> colours = new java.util.HashMap<>();
        studentIds.forEach(id -> colours.put(id, avatars.initialColour(id)));
        model.addAttribute("faceColours", colours);
    }

    private String answer(long classId, DrawResult result, HttpServletRequest request, Model model) {
        if (request.getHeader("HX-Request") != null) {
            model.addAttribute("result", result);
            model.addAttribute("classId", classId);
            addFaces(model, result.lines().stream().map(DrawResult.Line::studentId)
                    .filter(java.util.Objects::nonNull).toList());
            return "calling/page :: result";
        }
        return "redirect:/classes/" + classId + "/calling?draw=" + result.draw().getId();
    }
}
