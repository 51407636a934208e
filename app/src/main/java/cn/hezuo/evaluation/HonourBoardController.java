package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 小组PK / 光荣榜 for the projector: the class's teachers view it once the head teacher has switched it on; the head
 * teacher (or admin) switches it. Groups only.
 */
@Controller
class HonourBoardController {

    private final HonourBoard honour;
    private final ClassAccess access;

    HonourBoardController(HonourBoard honour, ClassAccess access) {
        this.honour = honour;
        this.access = access;
    }

    @GetMapping("/classes/{classId}/evaluation/honour")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(defaultValue = "week") String period, Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        boolean on = honour.isOn(classId);
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("on", on);
        model.addAttribute("mayManage", access.canManage(user, schoolClass));
        if (on) {
            model.addAttribute("standings", honour.standings(classId,
                    "month".equals(period) ? HonourBoard.Period.MONTH : HonourBoard.Period.WEEK));
        }
        return "honour/board";
    }

    @PostMapping("/classes/{classId}/evaluation/honour/switch")
    String switchTo(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                    @RequestParam(defaultValue = "false") boolean on, RedirectAttributes redirect) {
        honour.switchTo(user, classId, on);
        redirect.addFlashAttribute("notice", on ? "honour.notice.on" : "honour.notice.off");
        return "redirect:/classes/" + classId + "/evaluation/honour";
    }
}
