package cn.hezuo.family;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.system.ChineseOrder;
import cn.hezuo.system.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which children a signed-in parent may see: exactly those linked to their account. Any other student id answers
 * 404, as if it did not exist (a parent changing the id in the address learns nothing).
 */
@Component
class MyChildren {

    private final FamilyParentRepository parents;
    private final FamilyChildRepository children;
    private final StudentDirectory students;

    MyChildren(FamilyParentRepository parents, FamilyChildRepository children, StudentDirectory students) {
        this.parents = parents;
        this.children = children;
        this.students = students;
    }

    @Transactional(readOnly = true)
    Optional<FamilyParent> parentOf(HezuoUser user) {
        if (!user.isParent()) {
            throw new AccessDeniedException("parent page");
        }
        return parents.findByAccountId(user.accountId());
    }

    /** The parent's children still on a roster, by name (pinyin). */
    @Transactional(readOnly = true)
    List<Student> of(HezuoUser user) {
        return parentOf(user).map(p -> students.findAll(children.findByParentIdOrderByIdAsc(p.getId()).stream()
                        .map(FamilyChild::getStudentId).toList()).stream().filter(Student::isActive)
                .sorted(ChineseOrder.by(Student::getName)).toList()).orElse(List.of());
    }

    @Transactional(readOnly = true)
    Student require(HezuoUser user, long studentId) {
        return of(user).stream().filter(s -> s.getId() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("student", studentId));
    }
}
