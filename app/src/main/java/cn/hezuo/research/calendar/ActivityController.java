package cn.hezuo.research.calendar;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.Download;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.Staff;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.teacher.Teacher;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One activity: details (the leader edits), attendance, minutes, attachments and reflections. */
@Controller
class ActivityController {

    private final CalendarService calendar;
    private final ActivityService activities;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final Staff staff;

    ActivityController(CalendarService calendar, ActivityService activities, ResearchAccess access,
                       ResearchTerms terms, Staff staff) {
        this.calendar = calendar;
        this.activities = activities;
        this.access = access;
        this.terms = terms;
        this.staff = staff;
    }

    /** A member's line on the attendance sheet. */
    record AttendanceRow(Teacher teacher, AttendanceStatus status) {
    }

    @GetMapping("/research/activities/{activityId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId, Model model) {
        var found = calendar.requireView(user, activityId);
        ResearchActivity a = found.activity();
        model.addAttribute("activityForm", new ActivityForm(a.getDate(), a.getStartTime(), a.getPlace(), a.getKind(),
                a.getHostId(), a.getTopic(), a.getVersion()));
        return page(user, found, model);
    }

    @PostMapping("/research/activities/{activityId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId,
                  @Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        var found = calendar.requireLead(user, activityId);
        var term = terms.term(user.schoolId(), found.activity().getTermId());
        if (!binding.hasErrors() && !term.contains(form.date())) {
            binding.rejectValue("date", "research.error.outsideTerm",
                    new Object[] {form.date(), term.name(), term.startDate(), term.endDate()}, null);
        }
        if (binding.hasErrors()) {
            return page(user, found, model);
        }
        calendar.updateActivity(user, activityId, term, form);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId;
    }

    @PostMapping("/research/activities/{activityId}/delete")
    String delete(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId, @RequestParam int version,
                  RedirectAttributes redirect) {
        var found = calendar.requireLead(user, activityId);
        calendar.deleteActivity(user, activityId, version);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/groups/" + found.group().getId() + "/plan?termId=" + found.activity().getTermId();
    }

    @PostMapping("/research/activities/{activityId}/attendance")
    String attendance(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId,
                      @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("s_") && !value.isBlank()) {
                try {
                    statuses.put(Long.parseLong(name.substring(2)), AttendanceStatus.valueOf(value));
                } catch (IllegalArgumentException e) {
                    throw new RuleViolationException("research.error.attendanceValue");
                }
            }
        });
        activities.takeAttendance(user, activityId, statuses);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId + "#attendance";
    }

    @PostMapping("/research/activities/{activityId}/minutes")
    String minutes(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId, @RequestParam int version,
                   @RequestParam(defaultValue = "") String minutes, RedirectAttributes redirect) {
        if (minutes.length() > 4000) {
            throw new RuleViolationException("validation.research.activity.minutes.size");
        }
        activities.saveMinutes(user, activityId, version, minutes);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId + "#minutes";
    }

    @PostMapping("/research/activities/{activityId}/attachments")
    String attach(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId,
                  @RequestParam AttachmentKind kind, @RequestParam(required = false) MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new RuleViolationException("research.error.fileEmpty", file == null ? "" : file.getOriginalFilename());
        }
        activities.attach(user, activityId, kind, file.getOriginalFilename(), file.getBytes());
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId + "#attachments";
    }

    @GetMapping("/research/activities/{activityId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId,
                                    @PathVariable long attachmentId) {
        AttachmentStore.File file = activities.download(user, activityId, attachmentId);
        return Download.of(file.meta().filename(), MediaType.parseMediaType(file.contentType()), file.content());
    }

    @PostMapping("/research/activities/{activityId}/attachments/{attachmentId}/delete")
    String removeAttachment(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId,
                            @PathVariable long attachmentId, RedirectAttributes redirect) {
        activities.removeAttachment(user, activityId, attachmentId);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId + "#attachments";
    }

    @PostMapping("/research/activities/{activityId}/reflection")
    String reflect(@AuthenticationPrincipal HezuoUser user, @PathVariable long activityId, @RequestParam int version,
                   @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        if (body.isBlank()) {
            throw new RuleViolationException("validation.research.reflection.body.notBlank");
        }
        if (body.length() > 2000) {
            throw new RuleViolationException("validation.research.reflection.body.size");
        }
        activities.reflect(user, activityId, version, body);
        redirect.addFlashAttribute("notice", "notice.saved");
        return "redirect:/research/activities/" + activityId + "#reflections";
    }

    private String page(HezuoUser user, CalendarService.ActivityInGroup found, Model model) {
        Map<Long, Teacher> teachers = staff.byId(user.schoolId());
        long activityId = found.activity().getId();
        Map<Long, AttendanceStatus> statuses = activities.attendance(activityId);
        List<Teacher> members = access.memberIds(found.group().getId()).stream().map(teachers::get)
                .sorted(cn.hezuo.system.ChineseOrder.by(Teacher::getName)).toList();
        var reflections = activities.reflections(user.schoolId(), activityId);
        var mine = reflections.stream().filter(r -> user.teacherId() != null && r.teacherId() == user.teacherId())
                .findFirst().orElse(null);
        model.addAttribute("activity", found.activity());
        model.addAttribute("group", found.group());
        model.addAttribute("canLead", found.canLead());
        model.addAttribute("host", teachers.get(found.activity().getHostId()));
        model.addAttribute("members", members);
        model.addAttribute("attendance", members.stream().map(t -> new AttendanceRow(t, statuses.get(t.getId())))
                .toList());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("attachments", activities.attachments(activityId));
        model.addAttribute("attachmentKinds", AttachmentKind.values());
        model.addAttribute("reflections", reflections);
        model.addAttribute("mine", mine);
        model.addAttribute("isMember", user.teacherId() != null
                && access.isMember(found.group().getId(), user.teacherId()));
        model.addAttribute("kinds", ActivityKind.values());
        model.addAttribute("username", user.getUsername());
        return "research/activity";
    }
}
