package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The class's evaluation settings and its student recorders. Head teacher and admin. */
@Controller
class EvaluationSettingsController {

    private final EvaluationSettingsService settings;
    private final RecorderDesignations designations;
    private final ClassGroupsQuery groups;
    private final ClassAccess access;

    EvaluationSettingsController(EvaluationSettingsService settings, RecorderDesignations designations,
                                 ClassGroupsQuery groups, ClassAccess access) {
        this.settings = settings;
        this.designations = designations;
        this.groups = groups;
        this.access = access;
    }

    @GetMapping("/classes/{classId}/evaluation/settings")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        EvalSettings current = settings.of(user.schoolId(), classId);
        ClassGroups classGroups = groups.of(classId);
        Long classRecorder = null;
        Map<Long, Long> groupRecorders = new HashMap<>();
        for (EvalRecorder r : designations.of(classId)) {
            if (r.getScope() == RecorderScope.CLASS) {
                classRecorder = r.getStudentId();
            } else {
                groupRecorders.put(r.getGroupId(), r.getStudentId());
            }
        }
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("settings", current);
        model.addAttribute("settingsVersion", current.isNew() ? -1 : current.getVersion());
        model.addAttribute("groups", classGroups.groups());
        model.addAttribute("classRecorder", classRecorder);
        model.addAttribute("groupRecorders", groupRecorders);
        model.addAttribute("activeRecorders", designations.thisWeek(user.schoolId(), classId).stream()
                .map(r -> RecorderRow.of(classGroups, r)).toList());
        return "evaluation/settings";
    }

    @PostMapping("/classes/{classId}/evaluation/settings")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @RequestParam(defaultValue = "false") boolean bundled,
                  @RequestParam(defaultValue = "false") boolean studentRecording,
                  @RequestParam(defaultValue = "false") boolean showRankBand,
                  @RequestParam int version, RedirectAttributes redirect) {
        settings.update(user, classId, bundled, studentRecording, showRankBand, version);
        redirect.addFlashAttribute("notice", "evaluation.notice.settingsSaved");
        return "redirect:/classes/" + classId + "/evaluation/settings";
    }

    /** Form fields: {@code classRecorder} and {@code group-<groupId>} = student id (empty = none). */
    @PostMapping("/classes/{classId}/evaluation/recorders")
    String recorders(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, HttpServletRequest request,
                     RedirectAttributes redirect) {
        Long classRecorder = number(request.getParameter("classRecorder"));
        Map<Long, Long> groupRecorders = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("group-") && values.length > 0 && number(values[0]) != null) {
                Long groupId = number(name.substring("group-".length()));
                if (groupId != null) {
                    groupRecorders.put(groupId, number(values[0]));
                }
            }
        });
        designations.designate(user, classId, classRecorder, groupRecorders);
        redirect.addFlashAttribute("notice", "evaluation.notice.recordersSaved");
        return "redirect:/classes/" + classId + "/evaluation/settings";
    }

    /** A row of "who records this week and why"; {@code member} is null for a student in no group of the plan. */
    record RecorderRow(String student, Integer groupNumber, ActiveRecorder recorder) {
        static RecorderRow of(ClassGroups groups, ActiveRecorder recorder) {
            ClassGroups.Member member = groups.membersByStudent().get(recorder.studentId());
            Integer number = recorder.groupId() == null ? null
                    : groups.group(recorder.groupId()).map(ClassGroups.Group::number).orElse(null);
            String student = member == null ? String.valueOf(recorder.studentId()) : member.memberNo() + " " + member.name();
            return new RecorderRow(student, number, recorder);
        }
    }

    private static Long number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
