package cn.hezuo.school;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this user see / manage this class". Admins manage every class of
 * their school; a head teacher (班主任) manages their own class; a subject teacher sees the classes
 * they teach; students see no class pages at all (they have their own pages).
 * A class of another school is reported as not found, so ids cannot be probed across schools.
 */
@Component
public class ClassAccess {

    private final SchoolClassRepository classes;
    private final Teaching teaching;

    ClassAccess(SchoolClassRepository classes, Teaching teaching) {
        this.classes = classes;
        this.teaching = teaching;
    }

    /** The class if the user may view it; 403 otherwise. */
    @Transactional(readOnly = true)
    public SchoolClass requireView(HezuoUser user, long classId) {
        SchoolClass schoolClass = load(user, classId);
        if (!canView(user, schoolClass)) {
            throw new AccessDeniedException("class " + classId);
        }
        return schoolClass;
    }

    /** The class if the user may change its roster and accounts; 403 otherwise. */
    @Transactional(readOnly = true)
    public SchoolClass requireManage(HezuoUser user, long classId) {
        SchoolClass schoolClass = load(user, classId);
        if (!canManage(user, schoolClass)) {
            throw new AccessDeniedException("class " + classId);
        }
        return schoolClass;
    }

    public boolean canManage(HezuoUser user, SchoolClass schoolClass) {
        if (user.isAdmin()) {
            return true;
        }
        return user.isTeacher() && user.teacherId() != null && user.teacherId().equals(schoolClass.getHeadTeacherId());
    }

    public boolean canView(HezuoUser user, SchoolClass schoolClass) {
        if (canManage(user, schoolClass)) {
            return true;
        }
        return user.isTeacher() && user.teacherId() != null
                && teaching.teaches(user.teacherId(), schoolClass.getId());
    }

    /** The active classes of the user's school that the user may view, in display order (empty for students). */
    @Transactional(readOnly = true)
    public java.util.List<SchoolClass> viewable(HezuoUser user) {
        // The taught classes in one query, not one per class of the school (this list is on many pages).
        java.util.Set<Long> taught = user.isTeacher() && user.teacherId() != null
                ? teaching.classesTaughtBy(user.teacherId()) : java.util.Set.of();
        return classes.findBySchoolIdOrderByGradeIdAscNameAsc(user.schoolId()).stream()
                .filter(SchoolClass::isActive)
                .filter(c -> canManage(user, c) || taught.contains(c.getId()))
                .sorted(SchoolClass.DISPLAY_ORDER)
                .toList();
    }

    private SchoolClass load(HezuoUser user, long classId) {
        return classes.findByIdAndSchoolId(classId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("class", classId));
    }
}
