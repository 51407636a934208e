package cn.hezuo.survey.report;

import cn.hezuo.account.HezuoUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The 前测/后测 page of a 后测. */
@Controller
class PrePostController {

    private final PrePostReport reports;

    PrePostController(PrePostReport reports) {
        this.reports = reports;
    }

    @GetMapping("/surveys/{surveyId}/prepost")
    String prePost(@AuthenticationPrincipal HezuoUser user, @PathVariable long surveyId, Model model) {
        model.addAttribute("report", reports.of(user, surveyId));
        return "survey/prepost";
    }
}
