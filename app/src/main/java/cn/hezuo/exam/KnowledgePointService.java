package cn.hezuo.exam;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.school.Subject;
import cn.hezuo.school.SubjectDirectory;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge points (知识点) each subject keeps, from which items are tagged. The admin and the subject's teachers
 * maintain the list; removing a point only removes the suggestion, items keep their tags (and their reports).
 */
@Service
public class KnowledgePointService {

    private final KnowledgePointRepository points;
    private final SubjectDirectory subjects;
    private final ExamAccess access;
    private final AuditTrail audit;

    KnowledgePointService(KnowledgePointRepository points, SubjectDirectory subjects, ExamAccess access,
                          AuditTrail audit) {
        this.points = points;
        this.subjects = subjects;
        this.access = access;
        this.audit = audit;
    }

    /** The subjects whose list the user may keep: every active subject for the admin, the ones taught otherwise. */
    @Transactional(readOnly = true)
    public List<Subject> subjects(HezuoUser user) {
        ExamAccess.Scope scope = access.scope(user);
        return subjects.activeOfSchool(user.schoolId()).stream()
                .filter(s -> scope.admin() || scope.teachesBySubject().containsKey(s.getId())).toList();
    }

    @Transactional(readOnly = true)
    public Subject requireSubject(HezuoUser user, long subjectId) {
        Subject subject = subjects.findInSchool(subjectId, user.schoolId())
                .orElseThrow(() -> new NotFoundException("subject", subjectId));
        if (subjects(user).stream().noneMatch(s -> s.getId().equals(subjectId))) {
            throw new AccessDeniedException("knowledge points of " + subjectId);
        }
        return subject;
    }

    @Transactional(readOnly = true)
    public List<KnowledgePoint> list(HezuoUser user, long subjectId) {
        requireSubject(user, subjectId);
        return points.findBySchoolIdAndSubjectIdOrderByNameAsc(user.schoolId(), subjectId);
    }

    /**
     * The names of a subject's knowledge points, without an access check: the list is no secret inside the school, and
     * students pick from it when they tag a question (mutual help).
     */
    @Transactional(readOnly = true)
    public List<String> names(long schoolId, long subjectId) {
        return points.findBySchoolIdAndSubjectIdOrderByNameAsc(schoolId, subjectId).stream()
                .map(KnowledgePoint::getName).toList();
    }

    /** Adds the names not yet on the list (several at once, separated like item tags). */
    @Transactional
    public int add(HezuoUser user, long subjectId, String text) {
        Subject subject = requireSubject(user, subjectId);
        List<String> names = ExamService.splitPoints(text);
        if (names.isEmpty() || names.stream().anyMatch(n -> n.length() > 40)) {
            throw new RuleViolationException("exam.points.error.name");
        }
        List<String> known = list(user, subjectId).stream().map(KnowledgePoint::getName).toList();
        List<String> added = names.stream().filter(n -> !known.contains(n)).toList();
        added.forEach(name -> points.save(new KnowledgePoint(user.schoolId(), subjectId, name)));
        if (!added.isEmpty()) {
            audit.record("CREATE", "KnowledgePoint", subjectId, AuditText.of("audit.msg.subjectItem", subject.getName(),
                    String.join("、", added)));
        }
        return added.size();
    }

    @Transactional
    public void remove(HezuoUser user, long pointId) {
        KnowledgePoint point = points.findById(pointId).filter(p -> p.getSchoolId().equals(user.schoolId()))
                .orElseThrow(() -> new NotFoundException("knowledge point", pointId));
        Subject subject = requireSubject(user, point.getSubjectId());
        points.delete(point);
        audit.record("DELETE", "KnowledgePoint", pointId, AuditText.of("audit.msg.subjectItem", subject.getName(),
                point.getName()));
    }
}
