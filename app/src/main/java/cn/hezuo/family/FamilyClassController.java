package cn.hezuo.family;

import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The head teacher's 家长与通知 page of a class: which students have parents linked, parent accounts with printed
 * slips, invitation codes to print, and the class notices. The slips are the response to the POST itself, so
 * passwords and codes exist in clear only on that one page.
 */
@Controller
class FamilyClassController {

    /** A row of the page: a student and the parents linked to them. */
    record StudentParents(Student student, List<ParentLink> parents) {
    }

    /** One parent of a student: the link (to unlink it) and the parent's name and login. */
    record ParentLink(long linkId, String label) {
    }

    private final ClassAccess access;
    private final ClassDirectory classes;
    private final StudentDirectory students;
    private final AccountDirectory accounts;
    private final FamilyChildRepository children;
    private final FamilyParentRepository parents;
    private final FamilyAccounts familyAccounts;
    private final FamilyCodes codes;
    private final ClassNotices notices;
    private final FamilyLinks familyLinks;
    private final MessageSource messages;

    FamilyClassController(ClassAccess access, ClassDirectory classes, StudentDirectory students,
                          AccountDirectory accounts, FamilyChildRepository children, FamilyParentRepository parents,
                          FamilyAccounts familyAccounts, FamilyCodes codes, ClassNotices notices, FamilyLinks familyLinks,
                          MessageSource messages) {
        this.familyLinks = familyLinks;
        this.messages = messages;
        this.access = access;
        this.classes = classes;
        this.students = students;
        this.accounts = accounts;
        this.children = children;
        this.parents = parents;
        this.familyAccounts = familyAccounts;
        this.codes = codes;
        this.notices = notices;
    }

    @GetMapping("/classes/{classId}/families")
    String page(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        List<Student> roster = students.activeOfClass(classId);
        List<FamilyChild> links = children.findByStudentIdInOrderByIdAsc(roster.stream().map(Student::getId).toList());
        Map<Long, FamilyParent> parentById = new HashMap<>();
        parents.findAllById(links.stream().map(FamilyChild::getParentId).distinct().toList())
                .forEach(p -> parentById.put(p.getId(), p));
        Map<Long, String> usernames = new HashMap<>();
        accounts.findAll(parentById.values().stream().map(FamilyParent::getAccountId).toList())
                .forEach(a -> usernames.put(a.getId(), a.getUsername()));
        Map<Long, List<ParentLink>> byStudent = new HashMap<>();
        for (FamilyChild link : links) {
            FamilyParent parent = parentById.get(link.getParentId());
            byStudent.computeIfAbsent(link.getStudentId(), k -> new ArrayList<>()).add(new ParentLink(link.getId(),
                    parent.getDisplayName() + " · " + usernames.getOrDefault(parent.getAccountId(), "")));
        }
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("rows", roster.stream().map(s -> new StudentParents(s, byStudent.getOrDefault(s.getId(),
                List.of()))).toList());
        model.addAttribute("notices", notices.forClass(classId));
        model.addAttribute("openCodes", codes.open(user, classId));
        return "family/class";
    }

    @PostMapping("/classes/{classId}/families/accounts")
    String accounts(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                    @RequestParam(name = "studentIds", required = false) List<Long> studentIds, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        model.addAttribute("slips", familyAccounts.createFor(user, classId, studentIds == null ? List.of() : studentIds));
        return slips(user, schoolClass, model);
    }

    @PostMapping("/classes/{classId}/families/codes")
    String codes(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                 @RequestParam(name = "studentIds", required = false) List<Long> studentIds, Model model) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        model.addAttribute("codes", codes.issue(user, classId, studentIds == null ? List.of() : studentIds));
        model.addAttribute("joinUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/family/join")
                .toUriString());
        return slips(user, schoolClass, model);
    }

    @PostMapping("/classes/{classId}/families/links/{linkId}/delete")
    String unlink(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long linkId,
                  RedirectAttributes redirect) {
        FamilyLinks.Unlinked done = familyLinks.unlink(user, classId, linkId);
        redirect.addFlashAttribute("noticeText", messages.getMessage(done.accountDisabled()
                        ? "family.notice.unlinkedAndDisabled" : "family.notice.unlinked",
                new Object[] {done.parentName(), done.childName()}, LocaleContextHolder.getLocale()));
        return "redirect:/classes/" + classId + "/families";
    }

    @PostMapping("/classes/{classId}/families/codes/{codeId}/revoke")
    String revoke(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long codeId,
                  RedirectAttributes redirect) {
        codes.revoke(user, classId, codeId);
        redirect.addFlashAttribute("notice", "family.notice.codeRevoked");
        return "redirect:/classes/" + classId + "/families";
    }

    @PostMapping("/classes/{classId}/families/notices")
    String post(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
                RedirectAttributes redirect) {
        notices.post(user, classId, title, body);
        redirect.addFlashAttribute("notice", "family.notice.posted");
        return "redirect:/classes/" + classId + "/families";
    }

    private String slips(HezuoUser user, SchoolClass schoolClass, Model model) {
        model.addAttribute("schoolName", classes.school(user.schoolId()).map(s -> s.getName()).orElse(""));
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("loginUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/login").toUriString());
        return "family/slips";
    }
}
