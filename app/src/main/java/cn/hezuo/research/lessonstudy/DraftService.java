package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of a case: the next draft written online or uploaded (.docx: its text extracted; .pdf: kept as a file), the
 * newest draft edited with a version check, members' comments on a paragraph and the 执教人's decision on each.
 */
@Service
public class DraftService {

    private final LessonStudyDraftRepository drafts;
    private final LessonStudyCommentRepository comments;
    private final CaseFiles files;
    private final LessonStudyAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    DraftService(LessonStudyDraftRepository drafts, LessonStudyCommentRepository comments, CaseFiles files,
                 LessonStudyAccess caseAccess, AuditTrail audit, Clock clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.files = files;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** The next draft, written online. */
    @Transactional
    public LessonStudyDraft write(HezuoUser user, long caseId, String text, String changeNote) {
        var found = caseAccess.requireEdit(user, caseId);
        String clean = checkedText(text);
        LessonStudyDraft draft = next(user, found.lessonCase(), DraftFormat.TEXT, changeNote);
        files.saveText(draft.getId(), clean);
        return draft;
    }

    /** The next draft from a file: a .docx (text extracted with POI) or a .pdf (kept only as a file). */
    @Transactional
    public LessonStudyDraft upload(HezuoUser user, long caseId, String filename, byte[] content, String changeNote) {
        var found = caseAccess.requireEdit(user, caseId);
        String name = CaseFileCheck.cleanName(filename);
        DraftFormat format = CaseFileCheck.draftFormatOf(name, content);
        String text = format == DraftFormat.DOCX ? DocxText.extract(name, content) : null;
        LessonStudyDraft draft = next(user, found.lessonCase(), format, changeNote);
        if (text != null) {
            files.saveText(draft.getId(), text);
        }
        files.save(user.schoolId(), caseId, null, draft.getId(), FileKind.DRAFT, name,
                CaseFileCheck.contentType(format), content, user.getUsername(), clock.instant());
        return draft;
    }

    /**
     * Saves an edit of the newest draft. {@code version} is the draft's version when the editor opened it; if someone
     * saved in between, {@link DraftConflictException} (the editor's text is shown back, nothing is overwritten).
     */
    @Transactional
    public void edit(HezuoUser user, long caseId, long draftId, int version, String text, String changeNote) {
        caseAccess.requireEdit(user, caseId);
        LessonStudyDraft draft = draft(caseId, draftId);
        if (!draft.getFormat().hasText()) {
            throw new RuleViolationException("lessonstudy.error.pdfNotEditable");
        }
        List<LessonStudyDraft> all = drafts.findByCaseIdOrderByNumberAsc(caseId);
        if (all.get(all.size() - 1).getNumber() != draft.getNumber()) {
            throw new RuleViolationException("lessonstudy.error.onlyNewestEditable");
        }
        if (draft.getVersion() != version) {
            throw new DraftConflictException(draft.getUpdatedBy());
        }
        String clean = checkedText(text);
        String note = CaseService.blank(changeNote);
        checkNote(note);
        Changes changes = Changes.of().field("changeNote", draft.getChangeNote(), note);
        draft.setChangeNote(note);
        draft.touched(user.getUsername(), clock.instant());
        drafts.saveAndFlush(draft);
        files.saveText(draftId, clean);
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyDraft", draftId,
                changes.isEmpty() ? AuditText.of("audit.msg.name", "#" + draft.getNumber())
                        : changes.text("#" + draft.getNumber()));
    }

    /** A member's comment on one paragraph (block index) of a draft with text. */
    @Transactional
    public LessonStudyComment comment(HezuoUser user, long caseId, long draftId, int paragraph, String body) {
        var found = caseAccess.requireView(user, caseId);
        if (!caseAccess.canContribute(user, found)) {
            throw new AccessDeniedException("lesson study case " + caseId);
        }
        LessonStudyDraft draft = draft(caseId, draftId);
        String clean = CaseService.blank(body);
        if (clean == null) {
            throw new RuleViolationException("lessonstudy.error.commentBlank");
        }
        if (clean.length() > 2000) {
            throw new RuleViolationException("lessonstudy.error.commentTooLong");
        }
        int blocks = draft.getFormat().hasText() ? DraftText.lines(files.text(draftId)).size() : 1;
        if (paragraph < 0 || paragraph >= Math.max(blocks, 1)) {
            throw new RuleViolationException("lessonstudy.error.noSuchParagraph", paragraph + 1);
        }
        LessonStudyComment saved = comments.save(new LessonStudyComment(caseId, draftId, paragraph, user.teacherId(),
                user.getUsername(), clean, clock.instant()));
        audit.record(user.schoolId(), user.getUsername(), "CREATE", "LessonStudyComment", saved.getId(),
                AuditText.of("audit.msg.name", clean.length() > 60 ? clean.substring(0, 60) + "…" : clean));
        return saved;
    }

    /** The 执教人 (or the leader, the admin) adopts a comment or not; not adopting needs a reason. */
    @Transactional
    public void decide(HezuoUser user, long caseId, long commentId, Decision decision, String reason) {
        caseAccess.requireEdit(user, caseId);
        LessonStudyComment comment = comments.findByIdAndCaseId(commentId, caseId)
                .orElseThrow(() -> new NotFoundException("lesson study comment", commentId));
        String why = CaseService.blank(reason);
        if (decision == Decision.NOT_ADOPTED && why == null) {
            throw new RuleViolationException("lessonstudy.error.reasonNeeded");
        }
        if (why != null && why.length() > 1000) {
            throw new RuleViolationException("lessonstudy.error.commentTooLong");
        }
        Changes changes = Changes.of().field("decision", comment.getDecision(), decision)
                .field("reason", comment.getReason(), why);
        comment.decide(decision, why, clock.instant());
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyComment", commentId,
                changes.text("#" + commentId));
    }

    /** The case's drafts in order, for someone who may see the case. */
    @Transactional(readOnly = true)
    public List<LessonStudyDraft> drafts(HezuoUser user, long caseId) {
        caseAccess.requireView(user, caseId);
        return drafts.findByCaseIdOrderByNumberAsc(caseId);
    }

    @Transactional(readOnly = true)
    String text(long draftId) {
        return files.text(draftId);
    }

    private LessonStudyDraft next(HezuoUser user, LessonStudyCase c, DraftFormat format, String changeNote) {
        String note = CaseService.blank(changeNote);
        checkNote(note);
        int number = drafts.findByCaseIdOrderByNumberAsc(c.getId()).stream()
                .mapToInt(LessonStudyDraft::getNumber).max().orElse(0) + 1;
        LessonStudyDraft draft = drafts.saveAndFlush(new LessonStudyDraft(c.getId(), number, format, note,
                user.getUsername(), clock.instant()));
        audit.record(user.schoolId(), user.getUsername(), "CREATE", "LessonStudyDraft", draft.getId(),
                AuditText.of("audit.msg.name", c.getTopic() + " #" + number));
        return draft;
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > 2000) {
            throw new RuleViolationException("lessonstudy.error.noteTooLong");
        }
    }

    private static String checkedText(String text) {
        String clean = DraftText.normalize(text);
        if (clean.isEmpty()) {
            throw new RuleViolationException("lessonstudy.error.draftBlank");
        }
        if (clean.length() > DraftText.MAX_CHARS) {
            throw new RuleViolationException("lessonstudy.error.draftTooLong", DraftText.MAX_CHARS);
        }
        return clean;
    }

    LessonStudyDraft draft(long caseId, long draftId) {
        return drafts.findByIdAndCaseId(draftId, caseId)
                .orElseThrow(() -> new NotFoundException("lesson study draft", draftId));
    }
}
