package cn.hezuo.research.observation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.system.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what with an observed lesson: the group's members and the admin see it and its report; the assigned
 * observers record and write their 观课报告 (and see the report they write on); the group's leader, the admin and
 * the lesson's organiser arrange the observers. Anyone else gets 403; a lesson of another school 404.
 */
@Component
class ObservationAccess {

    /** A lesson with its group, as a check found it. */
    record Found(ObservedLesson lesson, ResearchGroup group, boolean member, boolean canArrange,
                 Optional<ObservationAssignment> mine) {
    }

    private final ObservedLessonRepository lessons;
    private final ObservationAssignmentRepository assignments;
    private final ResearchAccess access;

    ObservationAccess(ObservedLessonRepository lessons, ObservationAssignmentRepository assignments,
                      ResearchAccess access) {
        this.lessons = lessons;
        this.assignments = assignments;
        this.access = access;
    }

    @Transactional(readOnly = true)
    Found find(HezuoUser user, long lessonId) {
        ObservedLesson lesson = lessons.findByIdAndSchoolId(lessonId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("observed lesson", lessonId));
        ResearchGroup group = access.inSchool(user, lesson.getGroupId());
        boolean member = access.canView(user, group);
        boolean organiser = user.isTeacher() && lesson.getOrganiserId().equals(user.teacherId());
        Optional<ObservationAssignment> mine = user.isTeacher() && user.teacherId() != null
                ? assignments.findByLessonIdAndTeacherId(lessonId, user.teacherId()) : Optional.empty();
        return new Found(lesson, group, member, access.canLead(user, group) || organiser, mine);
    }

    /** Members, the admin and the lesson's observers. */
    @Transactional(readOnly = true)
    Found requireView(HezuoUser user, long lessonId) {
        Found found = find(user, lessonId);
        if (!found.member() && found.mine().isEmpty()) {
            throw new AccessDeniedException("observed lesson " + lessonId);
        }
        return found;
    }

    @Transactional(readOnly = true)
    Found requireArrange(HezuoUser user, long lessonId) {
        Found found = find(user, lessonId);
        if (!found.canArrange()) {
            throw new AccessDeniedException("observed lesson " + lessonId);
        }
        return found;
    }

    @Transactional(readOnly = true)
    Found requireObserver(HezuoUser user, long lessonId) {
        Found found = find(user, lessonId);
        if (found.mine().isEmpty()) {
            throw new AccessDeniedException("observed lesson " + lessonId);
        }
        return found;
    }
}
