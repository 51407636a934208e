package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.teacher.Teacher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/** Puts a case page's parts on the model: the lesson, roles, steps with their files, drafts and self-evaluation. */
@Component
class CasePage {

    /** A step with its owner's name, files and whether the user may edit or report on it. */
    record StepRow(LessonStudyStep step, String owner, List<CaseFiles.Meta> files, boolean overdue, boolean canReport) {
    }

    /** A member with their role in the case (or null). */
    record MemberRole(Teacher teacher, CaseRole role) {
    }

    /** A draft with counts of comments, adopted and still open. */
    record DraftRow(LessonStudyDraft draft, int comments, int adopted, int open) {
    }

    /** An item of the self-evaluation with its saved level (0: not rated) and remark. */
    record SelfRow(SelfItem item, int level, String remark) {
    }

    private final LessonStudyRoleRepository roles;
    private final LessonStudyStepRepository steps;
    private final LessonStudyDraftRepository drafts;
    private final LessonStudyCommentRepository comments;
    private final LessonStudySelfItemRepository selfItems;
    private final CaseFiles files;
    private final ResearchAccess access;
    private final LessonStudyAccess caseAccess;
    private final Staff staff;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;
    private final LessonStudyCases caseQuery;
    private final LessonStudyCaseRepository cases;
    private final CaseService caseService;

    CasePage(LessonStudyRoleRepository roles, LessonStudyStepRepository steps, LessonStudyDraftRepository drafts,
             LessonStudyCommentRepository comments, LessonStudySelfItemRepository selfItems, CaseFiles files,
             ResearchAccess access, LessonStudyAccess caseAccess, Staff staff, SubjectDirectory subjects, ClassDirectory classes,
             LessonStudyCases caseQuery, LessonStudyCaseRepository cases, CaseService caseService) {
        this.roles = roles;
        this.steps = steps;
        this.drafts = drafts;
        this.comments = comments;
        this.selfItems = selfItems;
        this.files = files;
        this.access = access;
        this.caseAccess = caseAccess;
        this.staff = staff;
        this.subjects = subjects;
        this.classes = classes;
        this.caseQuery = caseQuery;
        this.cases = cases;
        this.caseService = caseService;
    }

    @Transactional(readOnly = true)
    void fill(HezuoUser user, LessonStudyAccess.Found found, Model model) {
        LessonStudyCase c = found.lessonCase();
        long schoolId = user.schoolId();
        Map<Long, Teacher> teachers = staff.byId(schoolId);
        Map<Long, CaseRole> roleOf = new HashMap<>();
        roles.findByCaseIdOrderByIdAsc(c.getId()).forEach(r -> roleOf.put(r.getTeacherId(), r.getRole()));
        List<Long> memberIds = new ArrayList<>(access.memberIds(found.group().getId()));
        if (found.group().getLeaderId() != null && !memberIds.contains(found.group().getLeaderId())) {
            memberIds.add(found.group().getLeaderId());
        }
        List<Teacher> members = memberIds.stream().map(teachers::get).filter(java.util.Objects::nonNull)
                .sorted(ChineseOrder.by(Teacher::getName)).toList();
        Map<Long, List<CaseFiles.Meta>> filesByStep = new HashMap<>();
        Map<Long, CaseFiles.Meta> draftFiles = new HashMap<>();
        for (CaseFiles.Meta f : files.list(c.getId())) {
            if (f.stepId() != null) {
                filesByStep.computeIfAbsent(f.stepId(), k -> new ArrayList<>()).add(f);
            } else if (f.draftId() != null) {
                draftFiles.put(f.draftId(), f);
            }
        }
        var today = caseService.today();
        List<StepRow> stepRows = steps.findByCaseIdOrderBySortOrderAscIdAsc(c.getId()).stream()
                .map(s -> new StepRow(s, s.getOwnerId() == null ? "—" : teachers.get(s.getOwnerId()).getName(),
                        filesByStep.getOrDefault(s.getId(), List.of()), s.overdue(today),
                        found.canEdit() || (!found.reviewer() && user.teacherId() != null
                                && user.teacherId().equals(s.getOwnerId()))))
                .toList();
        List<DraftRow> draftRows = drafts.findByCaseIdOrderByNumberAsc(c.getId()).stream().map(d -> {
            List<LessonStudyComment> list = comments.findByDraftIdOrderByParagraphAscIdAsc(d.getId());
            return new DraftRow(d, list.size(),
                    (int) list.stream().filter(x -> x.getDecision() == Decision.ADOPTED).count(),
                    (int) list.stream().filter(x -> x.getDecision() == null).count());
        }).toList();
        Map<SelfItem, LessonStudySelfItem> rated = new EnumMap<>(SelfItem.class);
        selfItems.findByCaseIdOrderByIdAsc(c.getId()).forEach(i -> rated.put(i.getItem(), i));
        List<SelfRow> selfRows = java.util.Arrays.stream(SelfItem.values()).map(i -> rated.containsKey(i)
                ? new SelfRow(i, rated.get(i).getRating(), rated.get(i).getRemark()) : new SelfRow(i, 0, null)).toList();

        List<LessonStudyCases.CaseRow> pairRows = c.getPairKey() == null ? List.of()
                : caseQuery.rows(schoolId, cases.findByPairKeyOrderByIdAsc(c.getPairKey())).stream()
                .filter(r -> r.id() != c.getId()).toList();
        List<LessonStudyCases.CaseRow> pairCandidates = caseQuery.visibleTo(user).stream()
                .filter(r -> r.id() != c.getId() && (c.getPairKey() == null || !c.getPairKey().equals(r.pair())))
                .toList();

        model.addAttribute("lessonCase", c);
        model.addAttribute("group", found.group());
        model.addAttribute("canEdit", found.canEdit());
        model.addAttribute("canLead", found.canLead());
        model.addAttribute("canContribute", caseAccess.canContribute(user, found));
        model.addAttribute("reviewerView", found.reviewer());
        model.addAttribute("teacher", teachers.get(c.getTeacherId()));
        model.addAttribute("subject", subjects.findInSchool(c.getSubjectId(), schoolId).map(s -> s.getName()).orElse("—"));
        model.addAttribute("grade", c.getGradeId() == null ? null
                : classes.grade(c.getGradeId()).map(g -> g.getName()).orElse(null));
        model.addAttribute("memberRoles", members.stream().map(t -> new MemberRole(t, roleOf.get(t.getId()))).toList());
        model.addAttribute("members", members);
        model.addAttribute("roles", CaseRole.values());
        model.addAttribute("steps", stepRows);
        model.addAttribute("statuses", StepStatus.values());
        model.addAttribute("fileKinds", java.util.Arrays.stream(FileKind.values()).filter(k -> k != FileKind.DRAFT).toList());
        model.addAttribute("drafts", draftRows);
        model.addAttribute("draftFiles", draftFiles);
        model.addAttribute("selfRows", selfRows);
        model.addAttribute("levels", List.of(1, 2, 3, 4));
        model.addAttribute("pairRows", pairRows);
        model.addAttribute("pairCandidates", pairCandidates);
        model.addAttribute("videoMaxMb", caseService.videoMaxBytes() / 1024 / 1024);
        model.addAttribute("subjects", subjects.ofSchool(schoolId));
        model.addAttribute("grades", classes.grades(schoolId));
    }
}
