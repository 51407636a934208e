package cn.hezuo.family;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 班级通知: the head teacher (or admin) posts and removes them; the class's parents and students read the newest
 * twenty. Students see them on {@code /me} as {@code @classNotices.forStudent(student)}.
 */
@Service
public class ClassNotices {

    private final FamilyNoticeRepository notices;
    private final FamilyParentRepository parents;
    private final FamilyChildRepository children;
    private final StudentDirectory students;
    private final ClassAccess access;
    private final AuditTrail audit;
    private final FamilyNotifier notifier;
    private final Clock clock;

    ClassNotices(FamilyNoticeRepository notices, FamilyParentRepository parents, FamilyChildRepository children,
                 StudentDirectory students, ClassAccess access, AuditTrail audit, FamilyNotifier notifier, Clock clock) {
        this.notices = notices;
        this.parents = parents;
        this.children = children;
        this.students = students;
        this.access = access;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** The newest notices of a class (at most twenty), newest first. */
    @Transactional(readOnly = true)
    public List<NoticeLine> forClass(long classId) {
        return notices.findTop20ByClassIdOrderByPostedAtDescIdDesc(classId).stream()
                .map(this::line).toList();
    }

    /** One notice of a class, for the head teacher's edit form. */
    @Transactional(readOnly = true)
    NoticeLine one(HezuoUser user, long classId, long noticeId) {
        access.requireManage(user, classId);
        return line(notices.findByIdAndClassId(noticeId, classId)
                .orElseThrow(() -> new NotFoundException("notice", noticeId)));
    }

    private NoticeLine line(FamilyNotice n) {
        return new NoticeLine(n.getId(), n.getTitle(), n.getBody(), local(n.getPostedAt()), local(n.getEditedAt()),
                n.getVersion());
    }

    private LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, clock.getZone());
    }

    /** For a student's own page: their class's newest notices. */
    @Transactional(readOnly = true)
    public List<NoticeLine> forStudent(cn.hezuo.roster.Student student) {
        return forClass(student.getClassId());
    }

    @Transactional
    FamilyNotice post(HezuoUser user, long classId, String title, String body) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        String t = checkedTitle(title);
        String b = checkedBody(body);
        FamilyNotice notice = notices.save(new FamilyNotice(schoolClass.getSchoolId(), classId, t, b,
                user.getUsername(), clock.instant()));
        audit.record("CREATE", "FamilyNotice", notice.getId(),
                AuditText.of("audit.msg.family.notice", schoolClass.getName(), t));
        List<Long> studentIds = students.activeOfClass(classId).stream().map(s -> s.getId()).toList();
        List<Long> parentIds = children.findByStudentIdInOrderByIdAsc(studentIds).stream()
                .map(FamilyChild::getParentId).distinct().toList();
        notifier.noticePosted(classId, t, parents.findAllById(parentIds).stream().map(FamilyParent::getAccountId)
                .toList());
        return notice;
    }

    /**
     * Changes a notice's title and text. {@code version} is the one the form was opened with: if someone (or another
     * window) changed or removed the notice in between, nothing is written and the teacher is told why.
     */
    @Transactional
    void edit(HezuoUser user, long classId, long noticeId, int version, String title, String body) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        FamilyNotice notice = current(classId, noticeId, version);
        String t = checkedTitle(title);
        String b = checkedBody(body);
        if (t.equals(notice.getTitle()) && b.equals(notice.getBody())) {
            return;
        }
        notice.edit(t, b, user.getUsername(), clock.instant());
        audit.record("UPDATE", "FamilyNotice", noticeId,
                AuditText.of("audit.msg.family.notice", schoolClass.getName(), t));
    }

    /** Removes a notice, with the same check as {@link #edit}: never one changed since the page was opened. */
    @Transactional
    void remove(HezuoUser user, long classId, long noticeId, int version) {
        SchoolClass schoolClass = access.requireManage(user, classId);
        FamilyNotice notice = current(classId, noticeId, version);
        notices.delete(notice);
        audit.record("DELETE", "FamilyNotice", noticeId,
                AuditText.of("audit.msg.family.notice", schoolClass.getName(), notice.getTitle()));
    }

    private FamilyNotice current(long classId, long noticeId, int version) {
        FamilyNotice notice = notices.findByIdAndClassId(noticeId, classId)
                .orElseThrow(() -> new RuleViolationException("family.error.notice.gone"));
        if (notice.getVersion() != version) {
            throw new RuleViolationException("family.error.notice.stale");
        }
        return notice;
    }

    private static String checkedTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new RuleViolationException("family.error.notice.noTitle");
        }
        if (t.length() > 60) {
            throw new RuleViolationException("family.error.notice.titleTooLong", t.length());
        }
        return t;
    }

    private static String checkedBody(String body) {
        String b = body == null ? "" : body.strip();
        if (b.isEmpty()) {
            throw new RuleViolationException("family.error.notice.noBody");
        }
        if (b.length() > 2000) {
            throw new RuleViolationException("family.error.notice.bodyTooLong", b.length());
        }
        return b;
    }
}
