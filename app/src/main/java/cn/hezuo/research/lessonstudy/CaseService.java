package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case and its checklist: create it from the template, edit the lesson, members' roles, the steps (add, remove,
 * reorder, redate, mark done, a note), files on a step, the 同课异构 pairing and the group's self-evaluation. Every
 * write is audited.
 */
@Service
public class CaseService {

    private final LessonStudyCaseRepository cases;
    private final LessonStudyRoleRepository roles;
    private final LessonStudyStepRepository steps;
    private final LessonStudySelfItemRepository selfItems;
    private final CaseFiles files;
    private final LessonStudyAccess caseAccess;
    private final ResearchAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;
    private final long videoMaxBytes;

    CaseService(LessonStudyCaseRepository cases, LessonStudyRoleRepository roles, LessonStudyStepRepository steps,
                LessonStudySelfItemRepository selfItems, CaseFiles files, LessonStudyAccess caseAccess,
                ResearchAccess access, AuditTrail audit, Clock clock,
                @Value("${hezuo.time-zone:Asia/Shanghai}") String zone,
                @Value("${hezuo.lesson-study.video-max-mb:50}") long videoMaxMb) {
        this.cases = cases;
        this.roles = roles;
        this.steps = steps;
        this.selfItems = selfItems;
        this.files = files;
        this.caseAccess = caseAccess;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        this.videoMaxBytes = videoMaxMb * 1024 * 1024;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    long videoMaxBytes() {
        return videoMaxBytes;
    }

    /** A new case of the group with the template's steps from the start date (today when none). */
    @Transactional
    public LessonStudyCase create(HezuoUser user, long groupId, CaseForm form) {
        ResearchGroup group = access.requireLead(user, groupId);
        requireMember(group, form.teacherId());
        LessonStudyCase created = new LessonStudyCase(user.schoolId(), groupId, clock.instant());
        created.describe(form.theme().strip(), form.teacherId(), form.subjectId(), form.gradeId(), blank(form.unit()),
                form.topic().strip());
        cases.save(created);
        LocalDate start = form.startDate() != null ? form.startDate() : today();
        steps.saveAll(StepTemplate.steps(created.getId(), start, form.teacherId(), group.getLeaderId()));
        audit.record(user.schoolId(), user.getUsername(), "CREATE", "LessonStudyCase", created.getId(),
                AuditText.of("audit.msg.name", created.getTopic()));
        return created;
    }

    @Transactional
    public void update(HezuoUser user, long caseId, CaseForm form) {
        var found = caseAccess.requireEdit(user, caseId);
        LessonStudyCase c = found.lessonCase();
        if (c.getVersion() != form.version()) {
            throw new RuleViolationException("error.staleEdit");
        }
        requireMember(found.group(), form.teacherId());
        Changes changes = Changes.of().field("theme", c.getTheme(), form.theme().strip())
                .field("teacherId", c.getTeacherId(), form.teacherId()).field("topic", c.getTopic(), form.topic().strip())
                .field("unit", c.getUnit(), blank(form.unit()));
        c.describe(form.theme().strip(), form.teacherId(), form.subjectId(), form.gradeId(), blank(form.unit()),
                form.topic().strip());
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyCase", caseId, changes.text(c.getTopic()));
    }

    /** Gives a member a role in the case, or takes it away (role null). */
    @Transactional
    public void setRole(HezuoUser user, long caseId, long teacherId, CaseRole role) {
        var found = caseAccess.requireEdit(user, caseId);
        requireMember(found.group(), teacherId);
        var existing = roles.findByCaseIdAndTeacherId(caseId, teacherId);
        if (role == null) {
            existing.ifPresent(roles::delete);
        } else if (existing.isPresent()) {
            existing.get().setRole(role);
        } else {
            roles.save(new LessonStudyRole(caseId, teacherId, role));
        }
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyRole", caseId,
                AuditText.of("audit.change", teacherId, null, role == null ? "—" : role.name()));
    }

    @Transactional
    public LessonStudyStep addStep(HezuoUser user, long caseId, String title, Long ownerId, LocalDate due) {
        var found = caseAccess.requireEdit(user, caseId);
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new RuleViolationException("lessonstudy.error.stepTitle");
        }
        if (due == null) {
            throw new RuleViolationException("lessonstudy.error.stepDue");
        }
        requireOwner(found, ownerId);
        int last = steps.findByCaseIdOrderBySortOrderAscIdAsc(caseId).stream()
                .mapToInt(LessonStudyStep::getSortOrder).max().orElse(0);
        LessonStudyStep step = steps.save(new LessonStudyStep(caseId, last + 1, StepKind.CUSTOM, title.strip(),
                ownerId, due));
        audit.record(user.schoolId(), user.getUsername(), "CREATE", "LessonStudyStep", step.getId(),
                AuditText.of("audit.msg.name", title.strip()));
        return step;
    }

    /**
     * Plans a step (title, owner, due date: the case's editors; a null owner or date keeps the present one) or reports
     * on it (status and note: also its owner).
     */
    @Transactional
    public void updateStep(HezuoUser user, long caseId, long stepId, int version, String title, Long ownerId,
                           LocalDate due, StepStatus status, String note) {
        var found = caseAccess.requireView(user, caseId);
        LessonStudyStep step = step(caseId, stepId);
        boolean owner = user.teacherId() != null && user.teacherId().equals(step.getOwnerId());
        if (found.reviewer() || !found.canEdit() && !owner) {
            throw new AccessDeniedException("lesson study step " + stepId);
        }
        if (step.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        if (note != null && note.length() > 4000) {
            throw new RuleViolationException("lessonstudy.error.noteTooLong");
        }
        Changes changes = Changes.of();
        if (found.canEdit()) {
            String newTitle = step.getKind() == StepKind.CUSTOM ? (title == null || title.isBlank()
                    ? step.getTitle() : title.strip()) : blank(title);
            if (newTitle != null && newTitle.length() > 100) {
                throw new RuleViolationException("lessonstudy.error.stepTitle");
            }
            Long newOwner = ownerId != null ? ownerId : step.getOwnerId();
            requireOwner(found, ownerId);
            LocalDate newDue = due != null ? due : step.getDueDate();
            changes.field("title", step.getTitle(), newTitle).field("ownerId", step.getOwnerId(), newOwner)
                    .field("dueDate", step.getDueDate(), newDue);
            step.plan(newTitle, newOwner, newDue);
        }
        if (status != null && status != step.getStatus()) {
            changes.field("status", step.getStatus(), status);
            step.setStatus(status, clock.instant());
        }
        if (note != null) {
            changes.field("note", step.getNote(), blank(note));
            step.setNote(blank(note));
        }
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyStep", stepId,
                changes.text(step.getKind().name()));
    }

    @Transactional
    public void deleteStep(HezuoUser user, long caseId, long stepId) {
        caseAccess.requireEdit(user, caseId);
        LessonStudyStep step = step(caseId, stepId);
        files.deleteOfStep(stepId);
        steps.delete(step);
        audit.record(user.schoolId(), user.getUsername(), "DELETE", "LessonStudyStep", stepId,
                AuditText.of("audit.msg.name", step.getTitle() != null ? step.getTitle() : step.getKind().name()));
    }

    /** Moves a step one place up (-1) or down (+1); the order is renumbered 1, 2, 3 … */
    @Transactional
    public void moveStep(HezuoUser user, long caseId, long stepId, int direction) {
        caseAccess.requireEdit(user, caseId);
        List<LessonStudyStep> list = new ArrayList<>(steps.findByCaseIdOrderBySortOrderAscIdAsc(caseId));
        int at = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId() == stepId) {
                at = i;
            }
        }
        if (at < 0) {
            throw new NotFoundException("lesson study step", stepId);
        }
        int to = at + (direction < 0 ? -1 : 1);
        if (to >= 0 && to < list.size()) {
            list.add(to, list.remove(at));
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setSortOrder(i + 1);
        }
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyStep", stepId,
                AuditText.of("audit.msg.name", "#" + (to + 1)));
    }

    /** A file on a step: members, the leader and the admin; checked by content and size. */
    @Transactional
    public long attach(HezuoUser user, long caseId, long stepId, FileKind kind, String filename, byte[] content) {
        var found = caseAccess.requireView(user, caseId);
        if (!caseAccess.canContribute(user, found)) {
            throw new AccessDeniedException("lesson study case " + caseId);
        }
        step(caseId, stepId);
        if (kind == FileKind.DRAFT) {
            throw new RuleViolationException("lessonstudy.error.fileType", filename);
        }
        String name = CaseFileCheck.cleanName(filename);
        String type = CaseFileCheck.contentTypeOf(kind, name, content, videoMaxBytes);
        long id = files.save(user.schoolId(), caseId, stepId, null, kind, name, type, content, user.getUsername(),
                clock.instant());
        audit.record(user.schoolId(), user.getUsername(), "CREATE", "LessonStudyFile", id,
                AuditText.of("audit.msg.name", name));
        return id;
    }

    @Transactional
    public void removeFile(HezuoUser user, long caseId, long fileId) {
        var found = caseAccess.requireView(user, caseId);
        CaseFiles.Meta meta = files.meta(caseId, fileId)
                .orElseThrow(() -> new NotFoundException("lesson study file", fileId));
        if (found.reviewer() || !found.canEdit() && !meta.uploadedBy().equals(user.getUsername())) {
            throw new AccessDeniedException("lesson study file " + fileId);
        }
        if (meta.kind() == FileKind.DRAFT) {
            throw new RuleViolationException("lessonstudy.error.draftFileKept");
        }
        files.delete(caseId, fileId);
        audit.record(user.schoolId(), user.getUsername(), "DELETE", "LessonStudyFile", fileId,
                AuditText.of("audit.msg.name", meta.filename()));
    }

    /** Marks this case and another as 同课异构 of each other (otherCaseId null: no longer paired). */
    @Transactional
    public void pair(HezuoUser user, long caseId, Long otherCaseId) {
        LessonStudyCase c = caseAccess.requireEdit(user, caseId).lessonCase();
        if (otherCaseId == null) {
            String old = c.getPairKey();
            c.setPairKey(null);
            audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyCase", caseId,
                    Changes.of().field("pairKey", old, null).text(c.getTopic()));
            return;
        }
        if (otherCaseId == caseId) {
            throw new RuleViolationException("lessonstudy.error.pairSelf");
        }
        LessonStudyCase other = caseAccess.requireViewAsGroup(user, otherCaseId).lessonCase();
        String key = other.getPairKey() != null ? other.getPairKey()
                : c.getPairKey() != null ? c.getPairKey() : "pair-" + Math.min(caseId, otherCaseId);
        other.setPairKey(key);
        c.setPairKey(key);
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudyCase", caseId,
                Changes.of().field("pairKey", null, key).text(c.getTopic()));
    }

    /** The group's self-evaluation: a level 1–4 and a remark per item, and an overall comment. */
    @Transactional
    public void selfEvaluate(HezuoUser user, long caseId, Map<SelfItem, Integer> levels, Map<SelfItem, String> remarks,
                             String comment) {
        LessonStudyCase c = caseAccess.requireLead(user, caseId).lessonCase();
        Map<SelfItem, LessonStudySelfItem> existing = new java.util.EnumMap<>(SelfItem.class);
        selfItems.findByCaseIdOrderByIdAsc(caseId).forEach(i -> existing.put(i.getItem(), i));
        List<AuditText> lines = new ArrayList<>();
        for (Map.Entry<SelfItem, Integer> e : levels.entrySet()) {
            int level = e.getValue();
            if (level < SelfItem.MIN_LEVEL || level > SelfItem.MAX_LEVEL) {
                throw new RuleViolationException("lessonstudy.error.selfLevel", SelfItem.MIN_LEVEL, SelfItem.MAX_LEVEL);
            }
            String remark = blank(remarks.get(e.getKey()));
            if (remark != null && remark.length() > 1000) {
                throw new RuleViolationException("lessonstudy.error.noteTooLong");
            }
            LessonStudySelfItem item = existing.computeIfAbsent(e.getKey(),
                    k -> selfItems.save(new LessonStudySelfItem(caseId, k)));
            lines.add(AuditText.of("audit.change", e.getKey().name(), item.getRating(), level));
            item.rate(level, remark);
        }
        String overall = blank(comment);
        if (overall != null && overall.length() > 2000) {
            throw new RuleViolationException("lessonstudy.error.noteTooLong");
        }
        c.setSelfComment(overall);
        audit.record(user.schoolId(), user.getUsername(), "UPDATE", "LessonStudySelfEvaluation", caseId,
                AuditText.list(lines));
    }

    /** The case, for someone who may see it. */
    @Transactional(readOnly = true)
    public LessonStudyCase lessonCase(HezuoUser user, long caseId) {
        return caseAccess.requireView(user, caseId).lessonCase();
    }

    /** The case's steps in order, for someone who may see the case. */
    @Transactional(readOnly = true)
    public List<LessonStudyStep> steps(HezuoUser user, long caseId) {
        caseAccess.requireView(user, caseId);
        return steps.findByCaseIdOrderBySortOrderAscIdAsc(caseId);
    }

    private LessonStudyStep step(long caseId, long stepId) {
        return steps.findByIdAndCaseId(stepId, caseId)
                .orElseThrow(() -> new NotFoundException("lesson study step", stepId));
    }

    private void requireMember(ResearchGroup group, Long teacherId) {
        if (teacherId == null || !(access.isMember(group.getId(), teacherId)
                || teacherId.equals(group.getLeaderId()))) {
            throw new RuleViolationException("lessonstudy.error.notMember");
        }
    }

    private void requireOwner(LessonStudyAccess.Found found, Long ownerId) {
        if (ownerId != null) {
            requireMember(found.group(), ownerId);
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
