package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.teacher.DisplayNames;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 周评表 form: one card per group of the active plan, each saved on its own (phone friendly). */
@Controller
class WeeklyStarsController {

    private final WeeklyStarsService service;
    private final WeeklyStarsQuery query;
    private final ClassGroupsQuery groups;
    private final SchoolCalendar calendar;
    private final DisplayNames displayNames;

    WeeklyStarsController(WeeklyStarsService service, WeeklyStarsQuery query, ClassGroupsQuery groups,
                          SchoolCalendar calendar,
            DisplayNames displayNames) {
        this.displayNames = displayNames;
        this.service = service;
        this.query = query;
        this.groups = groups;
        this.calendar = calendar;
    }

    @GetMapping("/classes/{classId}/evaluation/weekly/stars")
    String form(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(required = false) Integer week, Model model) {
        Recorder filler = service.requireFiller(user, classId);
        SchoolTerm term = calendar.requireTermForToday(filler.schoolClass().getSchoolId());
        int chosen = calendar.shownWeekOf(term, week);
        Map<Long, WeeklyStars> rows = query.forWeek(classId, term, chosen);
        model.addAttribute("schoolClass", filler.schoolClass());
        model.addAttribute("teacher", filler.isTeacher());
        model.addAttribute("term", term);
        model.addAttribute("week", chosen);
        model.addAttribute("groups", groups.of(classId).groups());
        model.addAttribute("stars", rows);
        model.addAttribute("names", displayNames.of(user.schoolId(), rows.values().stream().map(WeeklyStars::getFilledBy).toList()));
        model.addAttribute("criteria", StarScores.CRITERIA);
        model.addAttribute("commentMax", WeeklyStars.COMMENT_MAX);
        return "evaluation/stars";
    }

    @PostMapping("/classes/{classId}/evaluation/weekly/stars")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @RequestParam int week,
                @RequestParam long groupId, @RequestParam int version, @RequestParam int studyPlan,
                @RequestParam int answering, @RequestParam int challenge, @RequestParam int reflection,
                @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        service.save(user, classId, week, groupId, new StarScores(studyPlan, answering, challenge, reflection), comment,
                version);
        redirect.addFlashAttribute("notice", "evaluation.stars.saved");
        return "redirect:/classes/" + classId + "/evaluation/weekly/stars?week=" + week + "#stars-group-" + groupId;
    }
}
