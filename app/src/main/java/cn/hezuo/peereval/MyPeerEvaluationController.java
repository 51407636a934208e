package cn.hezuo.peereval;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.RuleViolationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's 同伴互评 page (/me/peer-evaluation): rate themself and group-mates, rate the groups, and see the
 * averages others gave them. Form fields are named per person ({@code task_<studentId>} …) and per group
 * ({@code score_<groupNo>}).
 */
@Controller
class MyPeerEvaluationController {

    private final PeerEntryService entries;

    MyPeerEvaluationController(PeerEntryService entries) {
        this.entries = entries;
    }

    @GetMapping("/me/peer-evaluation")
    String page(@AuthenticationPrincipal HezuoUser user, Model model) {
        model.addAttribute("student", entries.requireStudent(user));
        model.addAttribute("peer", entries.view(user));
        return "peereval/me";
    }

    @PostMapping("/me/peer-evaluation/{roundId}/ratings")
    String rate(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId,
                @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        entries.requireStudent(user);
        Map<Long, Scores> scores = new LinkedHashMap<>();
        Map<Long, String> comments = new HashMap<>();
        for (String key : params.keySet()) {
            if (key.startsWith("task_")) {
                long id = parseId(key.substring(5));
                scores.put(id, new Scores(score(params, "task_" + id), score(params, "cooperation_" + id),
                        score(params, "listening_" + id), score(params, "helping_" + id)));
                comments.put(id, params.get("comment_" + id));
            }
        }
        entries.rate(user, roundId, scores, comments);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/me/peer-evaluation";
    }

    @PostMapping("/me/peer-evaluation/{roundId}/group-ratings")
    String rateGroups(@AuthenticationPrincipal HezuoUser user, @PathVariable long roundId,
                      @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        entries.requireStudent(user);
        Map<Integer, Integer> scores = new LinkedHashMap<>();
        Map<Integer, String> comments = new HashMap<>();
        for (String key : params.keySet()) {
            if (key.startsWith("score_")) {
                int group = (int) parseId(key.substring(6));
                scores.put(group, score(params, key));
                comments.put(group, params.get("comment_" + group));
            }
        }
        entries.rateGroups(user, roundId, scores, comments);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/me/peer-evaluation";
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new RuleViolationException("peereval.error.scores");
        }
    }

    private static int score(Map<String, String> params, String name) {
        try {
            int value = Integer.parseInt(params.getOrDefault(name, ""));
            if (value < 1 || value > 5) {
                throw new RuleViolationException("peereval.error.scores");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolationException("peereval.error.scores");
        }
    }
}
