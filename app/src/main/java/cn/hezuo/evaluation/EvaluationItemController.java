package cn.hezuo.evaluation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 点评项: the class's items, a form to add one, inline edits and retire/restore. Teachers of the class. */
@Controller
class EvaluationItemController {

    private final EvaluationItemService service;
    private final EvalItemRepository items;
    private final ClassAccess access;

    EvaluationItemController(EvaluationItemService service, EvalItemRepository items, ClassAccess access) {
        this.service = service;
        this.items = items;
        this.access = access;
    }

    @GetMapping("/classes/{classId}/evaluation/items")
    String list(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, Model model) {
        SchoolClass schoolClass = access.requireView(user, classId);
        model.addAttribute("form", ItemForm.blank());
        return page(schoolClass, model);
    }

    @PostMapping("/classes/{classId}/evaluation/items")
    String create(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                  @Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SchoolClass schoolClass = access.requireView(user, classId);
        if (result.hasErrors()) {
            return page(schoolClass, model);
        }
        service.create(user, classId, form);
        redirect.addFlashAttribute("notice", "evaluation.notice.itemSaved");
        return "redirect:/classes/" + classId + "/evaluation/items";
    }

    /** The button of a class that has no items (created before classes got them at creation). Repeating it adds nothing. */
    @PostMapping("/classes/{classId}/evaluation/items/defaults")
    String createDefaults(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId,
                          @RequestParam(defaultValue = "items") String back, RedirectAttributes redirect) {
        boolean created = service.createDefaults(user, classId, LocaleContextHolder.getLocale());
        redirect.addFlashAttribute("notice", created ? "evaluation.notice.defaultsCreated" : "evaluation.notice.defaultsExist");
        return "redirect:/classes/" + classId + ("board".equals(back) ? "/evaluation" : "/evaluation/items");
    }

    @PostMapping("/classes/{classId}/evaluation/items/{itemId}")
    String update(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long itemId,
                  @Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        SchoolClass schoolClass = access.requireView(user, classId);
        if (result.hasErrors()) {
            model.addAttribute("form", ItemForm.blank());
            model.addAttribute("editError", true);
            return page(schoolClass, model);
        }
        service.update(user, classId, itemId, form);
        redirect.addFlashAttribute("notice", "evaluation.notice.itemSaved");
        return "redirect:/classes/" + classId + "/evaluation/items";
    }

    @PostMapping("/classes/{classId}/evaluation/items/{itemId}/retired")
    String retire(@AuthenticationPrincipal HezuoUser user, @PathVariable long classId, @PathVariable long itemId,
                  @RequestParam boolean retired, RedirectAttributes redirect) {
        service.setRetired(user, classId, itemId, retired);
        redirect.addFlashAttribute("notice", retired ? "evaluation.notice.itemRetired" : "evaluation.notice.itemRestored");
        return "redirect:/classes/" + classId + "/evaluation/items";
    }

    private String page(SchoolClass schoolClass, Model model) {
        model.addAttribute("schoolClass", schoolClass);
        model.addAttribute("items", items.findByClassIdOrderBySortOrderAscIdAsc(schoolClass.getId()));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("icons", ItemIcon.values());
        model.addAttribute("colours", ItemColour.values());
        model.addAttribute("stages", Stage.values());
        return "evaluation/items";
    }
}
