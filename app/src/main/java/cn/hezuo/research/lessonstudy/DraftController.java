package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.Staff;
import cn.hezuo.system.RuleViolationException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Drafts of a case: the next draft (written or uploaded), one draft with its paragraphs and comments, the edit of
 * the newest draft with its version check, the 执教人's decisions, and the side-by-side diff of any two drafts.
 */
@Controller
class DraftController {

    private final DraftService drafts;
    private final LessonStudyAccess caseAccess;
    private final LessonStudyDraftRepository draftRepository;
    private final LessonStudyCommentRepository comments;
    private final CaseController cases;
    private final CaseFiles files;
    private final Staff staff;

    DraftController(DraftService drafts, LessonStudyAccess caseAccess, LessonStudyDraftRepository draftRepository,
                    LessonStudyCommentRepository comments, CaseController cases, CaseFiles files, Staff staff) {
        this.drafts = drafts;
        this.caseAccess = caseAccess;
        this.draftRepository = draftRepository;
        this.comments = comments;
        this.cases = cases;
        this.files = files;
        this.staff = staff;
    }

    /** A comment with its author's name. */
    record CommentRow(LessonStudyComment comment, String author) {
    }

    @GetMapping("/research/cases/{caseId}/drafts/new")
    String newDraft(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, Model model) {
        var found = caseAccess.requireEdit(user, caseId);
        List<LessonStudyDraft> all = draftRepository.findByCaseIdOrderByNumberAsc(caseId);
        LessonStudyDraft previous = all.isEmpty() ? null : all.get(all.size() - 1);
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", previous != null && previous.getFormat().hasText()
                    ? drafts.text(previous.getId()) : "");
        }
        if (!model.containsAttribute("changeNote")) {
            model.addAttribute("changeNote", "");
        }
        model.addAttribute("lessonCase", found.lessonCase());
        model.addAttribute("previous", previous);
        model.addAttribute("number", all.size() + 1);
        model.addAttribute("previousComments", previous == null ? List.of() : commentRows(user, previous.getId()));
        return "research/lessonstudy/draft-new";
    }

    @PostMapping("/research/cases/{caseId}/drafts")
    String write(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                 @RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String changeNote,
                 Model model, RedirectAttributes redirect) {
        try {
            LessonStudyDraft draft = drafts.write(user, caseId, text, changeNote);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/research/cases/" + caseId + "/drafts/" + draft.getId();
        } catch (RuleViolationException e) {
            model.addAttribute("lsError", cases.text(e));
            model.addAttribute("text", text);
            model.addAttribute("changeNote", changeNote);
            return newDraft(user, caseId, model);
        }
    }

    @PostMapping("/research/cases/{caseId}/drafts/upload")
    String upload(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                  @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "") String changeNote,
                  Model model, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                caseAccess.requireEdit(user, caseId);
                throw new RuleViolationException("lessonstudy.error.fileEmpty", file == null ? "" : file.getOriginalFilename());
            }
            LessonStudyDraft draft = drafts.upload(user, caseId, file.getOriginalFilename(), file.getBytes(), changeNote);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/research/cases/" + caseId + "/drafts/" + draft.getId();
        } catch (RuleViolationException e) {
            model.addAttribute("lsError", cases.text(e));
            model.addAttribute("changeNote", changeNote);
            return newDraft(user, caseId, model);
        }
    }

    @GetMapping("/research/cases/{caseId}/drafts/{draftId}")
    String show(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long draftId,
                Model model) {
        var found = caseAccess.requireView(user, caseId);
        LessonStudyDraft draft = drafts.draft(caseId, draftId);
        List<LessonStudyDraft> all = draftRepository.findByCaseIdOrderByNumberAsc(caseId);
        LessonStudyDraft previous = all.stream().filter(d -> d.getNumber() < draft.getNumber())
                .reduce((a, b) -> b).orElse(null);
        List<DraftText.Block> blocks = draft.getFormat().hasText() ? DraftText.blocks(drafts.text(draftId)) : List.of();
        Map<Integer, List<CommentRow>> byParagraph = new HashMap<>();
        commentRows(user, draftId).forEach(r -> byParagraph.computeIfAbsent(r.comment().getParagraph(),
                k -> new java.util.ArrayList<>()).add(r));
        model.addAttribute("lessonCase", found.lessonCase());
        model.addAttribute("group", found.group());
        model.addAttribute("draft", draft);
        model.addAttribute("drafts", all);
        model.addAttribute("previous", previous);
        model.addAttribute("newest", all.get(all.size() - 1).getId().equals(draft.getId()));
        model.addAttribute("sections", DraftText.sections(blocks));
        model.addAttribute("commentsByParagraph", byParagraph);
        model.addAttribute("adoptedBefore", previous == null ? List.of() : commentRows(user, previous.getId()).stream()
                .filter(r -> r.comment().getDecision() == Decision.ADOPTED).toList());
        model.addAttribute("diffCounts", previous != null && previous.getFormat().hasText() && draft.getFormat().hasText()
                ? DraftDiff.of(drafts.text(previous.getId()), drafts.text(draftId)) : null);
        model.addAttribute("canEdit", found.canEdit());
        model.addAttribute("canContribute", caseAccess.canContribute(user, found));
        model.addAttribute("reviewerView", found.reviewer());
        model.addAttribute("sourceFile", files.list(caseId).stream()
                .filter(f -> draftId == (f.draftId() == null ? -1 : f.draftId())).findFirst().orElse(null));
        model.addAttribute("decisions", Decision.values());
        return "research/lessonstudy/draft";
    }

    @GetMapping("/research/cases/{caseId}/drafts/{draftId}/edit")
    String edit(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long draftId,
                Model model) {
        var found = caseAccess.requireEdit(user, caseId);
        LessonStudyDraft draft = drafts.draft(caseId, draftId);
        model.addAttribute("lessonCase", found.lessonCase());
        model.addAttribute("draft", draft);
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", drafts.text(draftId));
            model.addAttribute("changeNote", draft.getChangeNote() == null ? "" : draft.getChangeNote());
            model.addAttribute("version", draft.getVersion());
        }
        return "research/lessonstudy/draft-edit";
    }

    @PostMapping("/research/cases/{caseId}/drafts/{draftId}")
    String save(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long draftId,
                @RequestParam int version, @RequestParam(defaultValue = "") String text,
                @RequestParam(defaultValue = "") String changeNote, Model model, RedirectAttributes redirect) {
        try {
            drafts.edit(user, caseId, draftId, version, text, changeNote);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/research/cases/" + caseId + "/drafts/" + draftId;
        } catch (DraftConflictException | ObjectOptimisticLockingFailureException e) {
            // The other person's save stays; this editor gets their own text back and the text now saved beside it.
            LessonStudyDraft current = drafts.draft(caseId, draftId);
            String by = e instanceof DraftConflictException c ? c.savedBy() : current.getUpdatedBy();
            model.addAttribute("conflictBy", by);
            model.addAttribute("savedText", drafts.text(draftId));
            model.addAttribute("version", current.getVersion());
        } catch (RuleViolationException e) {
            model.addAttribute("lsError", cases.text(e));
            model.addAttribute("version", version);
        }
        model.addAttribute("text", text);
        model.addAttribute("changeNote", changeNote);
        return edit(user, caseId, draftId, model);
    }

    @PostMapping("/research/cases/{caseId}/drafts/{draftId}/comments")
    String comment(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long draftId,
                   @RequestParam int paragraph, @RequestParam(defaultValue = "") String body,
                   RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
                   Model model) {
        if (htmx != null) {
            return onParagraph(user, model, caseId, draftId, paragraph,
                    () -> drafts.comment(user, caseId, draftId, paragraph, body));
        }
        return onDraft(redirect, caseId, draftId, "#p-" + paragraph,
                () -> drafts.comment(user, caseId, draftId, paragraph, body));
    }

    @PostMapping("/research/cases/{caseId}/comments/{commentId}/decision")
    String decide(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId, @PathVariable long commentId,
                  @RequestParam Decision decision, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  Model model) {
        LessonStudyComment comment = comments.findByIdAndCaseId(commentId, caseId).orElse(null);
        long draftId = comment == null ? 0 : comment.getDraftId();
        if (comment == null) {
            caseAccess.requireView(user, caseId);
            throw new cn.hezuo.system.NotFoundException("lesson study comment", commentId);
        }
        if (htmx != null) {
            return onParagraph(user, model, caseId, draftId, comment.getParagraph(),
                    () -> drafts.decide(user, caseId, commentId, decision, reason));
        }
        return onDraft(redirect, caseId, draftId, "#c-" + commentId,
                () -> drafts.decide(user, caseId, commentId, decision, reason));
    }

    @GetMapping("/research/cases/{caseId}/diff")
    String diff(@AuthenticationPrincipal HezuoUser user, @PathVariable long caseId,
                @RequestParam(required = false) Long from, @RequestParam(required = false) Long to, Model model) {
        var found = caseAccess.requireView(user, caseId);
        List<LessonStudyDraft> texts = draftRepository.findByCaseIdOrderByNumberAsc(caseId).stream()
                .filter(d -> d.getFormat().hasText()).toList();
        model.addAttribute("lessonCase", found.lessonCase());
        model.addAttribute("drafts", texts);
        if (texts.size() >= 2) {
            LessonStudyDraft left = pick(texts, from, texts.get(texts.size() - 2));
            LessonStudyDraft right = pick(texts, to, texts.get(texts.size() - 1));
            model.addAttribute("left", left);
            model.addAttribute("right", right);
            model.addAttribute("diff", DraftDiff.of(drafts.text(left.getId()), drafts.text(right.getId())));
        }
        return "research/lessonstudy/diff";
    }

    private static LessonStudyDraft pick(List<LessonStudyDraft> texts, Long id, LessonStudyDraft fallback) {
        return id == null ? fallback : texts.stream().filter(d -> d.getId().equals(id)).findFirst()
                .orElseThrow(() -> new cn.hezuo.system.NotFoundException("lesson study draft", id));
    }

    private List<CommentRow> commentRows(HezuoUser user, long draftId) {
        Map<Long, String> names = staff.names(user.schoolId());
        return comments.findByDraftIdOrderByParagraphAscIdAsc(draftId).stream()
                .map(c -> new CommentRow(c, c.getAuthorId() == null ? c.getAuthor()
                        : names.getOrDefault(c.getAuthorId(), c.getAuthor()))).toList();
    }

    /**
     * An htmx comment or decision: runs it and answers with that paragraph's comments only (the draft page's
     * {@code comments} fragment), a broken rule shown inside it.
     */
    private String onParagraph(HezuoUser user, Model model, long caseId, long draftId, int paragraph,
                               Runnable change) {
        try {
            change.run();
            model.addAttribute("sectionSaved", true);
        } catch (RuleViolationException e) {
            model.addAttribute("sectionError", cases.text(e));
        }
        show(user, caseId, draftId, model);
        LessonStudyDraft draft = drafts.draft(caseId, draftId);
        DraftText.Block block = draft.getFormat().hasText() ? DraftText.blocks(drafts.text(draftId)).stream()
                .filter(b -> b.index() == paragraph).findFirst().orElse(null) : null;
        @SuppressWarnings("unchecked")
        Map<Integer, List<CommentRow>> byParagraph = (Map<Integer, List<CommentRow>>) model.asMap()
                .get("commentsByParagraph");
        model.addAttribute("paragraphBlock", block);
        model.addAttribute("paragraphComments", byParagraph.getOrDefault(paragraph, List.of()));
        return "research/lessonstudy/draft-comments";
    }

    private String onDraft(RedirectAttributes redirect, long caseId, long draftId, String anchor, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", "notice.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("lsError", cases.text(e));
        }
        return "redirect:/research/cases/" + caseId + "/drafts/" + draftId + anchor;
    }
}
