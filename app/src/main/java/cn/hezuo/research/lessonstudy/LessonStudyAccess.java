package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.system.NotFoundException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with a case. Seeing it follows the group ({@link ResearchAccess}: its members, its leader and the
 * admin; anyone else 403, another school's case 404). Editing it (drafts, steps, roles, decisions on comments) is for
 * the 执教人, the group's leader and the admin; creating cases and the self-evaluation for the leader and the admin.
 * A reviewer of the case from another group ({@link CaseReviewers}) sees it read-only: no edits, comments or files.
 */
@Component
class LessonStudyAccess {

    /** A case with the group it belongs to and what the asking user may do with it. */
    record Found(LessonStudyCase lessonCase, ResearchGroup group, boolean canLead, boolean isTeacher,
                 boolean reviewer) {
        boolean canEdit() {
            return !reviewer && (canLead || isTeacher);
        }
    }

    private final LessonStudyCaseRepository cases;
    private final ResearchAccess access;
    private final List<CaseReviewers> reviewers;

    LessonStudyAccess(LessonStudyCaseRepository cases, ResearchAccess access, List<CaseReviewers> reviewers) {
        this.cases = cases;
        this.access = access;
        this.reviewers = reviewers;
    }

    @Transactional(readOnly = true)
    Found requireView(HezuoUser user, long caseId) {
        LessonStudyCase found = cases.findByIdAndSchoolId(caseId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("lesson study case", caseId));
        // asked, not required: a refusal thrown inside another transactional call would mark this one rollback-only
        ResearchGroup group = access.inSchool(user, found.getGroupId());
        if (!access.canView(user, group)) {
            // not of the group: a reviewer of the case (a review round among cases) still reads it, nothing more
            if (reviewers.stream().noneMatch(r -> r.reviews(user, caseId))) {
                throw new AccessDeniedException("research group " + group.getId());
            }
            return new Found(found, group, false, false, true);
        }
        boolean teacher = user.isTeacher() && user.teacherId() != null
                && user.teacherId().equals(found.getTeacherId());
        return new Found(found, group, access.canLead(user, group), teacher, false);
    }

    /** The case if the user may see it as one of the group (or the admin), not as a reviewer from outside. */
    @Transactional(readOnly = true)
    Found requireViewAsGroup(HezuoUser user, long caseId) {
        Found found = requireView(user, caseId);
        if (found.reviewer()) {
            throw new AccessDeniedException("lesson study case " + caseId);
        }
        return found;
    }

    @Transactional(readOnly = true)
    Found requireEdit(HezuoUser user, long caseId) {
        Found found = requireView(user, caseId);
        if (!found.canEdit()) {
            throw new AccessDeniedException("lesson study case " + caseId);
        }
        return found;
    }

    @Transactional(readOnly = true)
    Found requireLead(HezuoUser user, long caseId) {
        Found found = requireView(user, caseId);
        if (!found.canLead()) {
            throw new AccessDeniedException("lesson study case " + caseId);
        }
        return found;
    }

    /** Whether the user may write comments and step files: a teacher of the group (a member) or the admin. */
    boolean canContribute(HezuoUser user, Found found) {
        return !found.reviewer() && (user.isAdmin() || found.canEdit()
                || (user.teacherId() != null && access.isMember(found.group().getId(), user.teacherId())));
    }
}
