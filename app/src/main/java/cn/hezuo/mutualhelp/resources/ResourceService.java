package cn.hezuo.mutualhelp.resources;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.report.StudentExams;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing and reading resources. A student sees the class-wide resources of their class and their own group's
 * group-only ones; another group's group-only resource answers 403 (its file and image too). A teacher of the class
 * sees all and may remove any; a student may remove what they shared. Every write is audited.
 */
@Service
class ResourceService {

    static final int TITLE_MAX = 80;
    static final int NOTE_MAX = 2000;
    static final int LIST_MAX = 100;

    /** What is shared: the text and/or a file. */
    record Share(String title, SharedResource.Kind kind, SharedResource.Visibility visibility, String note,
                 String fileName, byte[] file) {
    }

    /** One resource as listed; {@code group} is null for the class's own (a teacher's). */
    record Row(long id, String title, SharedResource.Kind kind, SharedResource.Visibility visibility, Integer group,
               String note, String fileName, boolean image, Integer size, String author, boolean mine, Instant at) {
    }

    record MyPage(Student student, Integer groupNo, List<Row> rows, List<StudentExams.WrongItem> mistakes) {
    }

    record ClassPage(SchoolClass schoolClass, List<Row> rows) {
    }

    /** A file to send: its name, checked type and bytes. */
    record FileOut(String name, String contentType, boolean image, byte[] bytes) {
    }

    private final SharedResourceRepository resources;
    private final ResourceFiles files;
    private final People people;
    private final ClassAccess classes;
    private final StudentExams exams;
    private final AuditTrail audit;
    private final Clock clock;

    ResourceService(SharedResourceRepository resources, ResourceFiles files, People people, ClassAccess classes,
                    StudentExams exams, AuditTrail audit, Clock clock) {
        this.resources = resources;
        this.files = files;
        this.people = people;
        this.classes = classes;
        this.exams = exams;
        this.audit = audit;
        this.clock = clock;
    }

    /** The student's page: what their group and class share, and their own 错题本. */
    @Transactional(readOnly = true)
    MyPage myPage(HezuoUser user) {
        Student me = people.requireStudent(user);
        Optional<People.Placement> placement = people.placement(me);
        Long groupId = placement.map(People.Placement::groupId).orElse(null);
        Map<Long, String> names = people.classNames(me.getClassId());
        List<Row> rows = resources.findByClassIdAndRemovedFalseOrderByCreatedAtDescIdDesc(me.getClassId(),
                        PageRequest.of(0, LIST_MAX)).stream()
                .filter(r -> readable(r, me, groupId))
                .map(r -> row(r, names, me.getId().equals(r.getStudentId()))).toList();
        return new MyPage(me, placement.map(People.Placement::groupNo).orElse(null), rows, exams.wrongItems(me));
    }

    @Transactional(readOnly = true)
    ClassPage classPage(HezuoUser user, long classId) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        Map<Long, String> names = people.classNames(classId);
        return new ClassPage(schoolClass, resources.findByClassIdAndRemovedFalseOrderByCreatedAtDescIdDesc(classId,
                PageRequest.of(0, LIST_MAX)).stream().map(r -> row(r, names, false)).toList());
    }

    /** A student shares with their group (or their class); a student in no group may share with the class only. */
    @Transactional
    long shareAsStudent(HezuoUser user, Share share) {
        Student me = people.requireStudent(user);
        Optional<People.Placement> placement = people.placement(me);
        if (share.visibility() == SharedResource.Visibility.GROUP && placement.isEmpty()) {
            throw new RuleViolationException("mutualhelp.resources.error.noGroup");
        }
        return save(new SharedResource.Owner(me.getSchoolId(), me.getClassId(),
                placement.map(People.Placement::groupId).orElse(null), placement.map(People.Placement::groupNo).orElse(null),
                me.getId(), user.getUsername()), share);
    }

    /** A teacher shares with the whole class. */
    @Transactional
    long shareAsTeacher(HezuoUser user, long classId, Share share) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        return save(new SharedResource.Owner(schoolClass.getSchoolId(), classId, null, null, null, user.getUsername()),
                new Share(share.title(), share.kind(), SharedResource.Visibility.CLASS, share.note(), share.fileName(),
                        share.file()));
    }

    /** Removes a resource: a teacher of the class any, a student only their own. */
    @Transactional
    long remove(HezuoUser user, long resourceId) {
        SharedResource r = readableBy(user, resourceId);
        if (user.isStudent() && !people.requireStudent(user).getId().equals(r.getStudentId())) {
            throw new AccessDeniedException("not the student's own resource");
        }
        r.remove(user.getUsername(), clock.instant());
        audit.record("DELETE", "MhResource", resourceId, AuditText.of("audit.msg.mh.resourceRemoved", r.getTitle()));
        return r.getClassId();
    }

    /** The file of a resource for whoever may read it. */
    @Transactional(readOnly = true)
    FileOut file(HezuoUser user, long resourceId) {
        SharedResource r = readableBy(user, resourceId);
        if (!r.hasFile()) {
            throw new NotFoundException("resource file", resourceId);
        }
        byte[] bytes = files.find(resourceId, r.getSchoolId()).orElseThrow(() -> new NotFoundException("file", resourceId));
        return new FileOut(r.getFileName(), r.getContentType(), r.isImage(), bytes);
    }

    private long save(SharedResource.Owner owner, Share share) {
        String title = text(share.title(), TITLE_MAX, "mutualhelp.resources.error.titleEmpty",
                "mutualhelp.resources.error.titleLength");
        String note = share.note() == null || share.note().isBlank() ? null : share.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new RuleViolationException("mutualhelp.resources.error.noteLength", NOTE_MAX);
        }
        boolean hasFile = share.file() != null && share.file().length > 0;
        if (note == null && !hasFile) {
            throw new RuleViolationException("mutualhelp.resources.error.empty");
        }
        SharedResource.FileInfo info = null;
        if (hasFile) {
            String name = ResourceFiles.cleanName(share.fileName());
            info = new SharedResource.FileInfo(name, ResourceFiles.contentTypeOf(name, share.file()), share.file().length);
        }
        SharedResource r = resources.save(new SharedResource(owner, share.visibility() == null
                ? SharedResource.Visibility.GROUP : share.visibility(), share.kind() == null ? SharedResource.Kind.NOTE
                : share.kind(), title, note, info, clock.instant()));
        if (hasFile) {
            resources.flush();
            files.save(r.getId(), owner.schoolId(), share.file());
        }
        audit.record("CREATE", "MhResource", r.getId(), AuditText.of("audit.msg.mh.resourceShared", title));
        return r.getId();
    }

    private SharedResource readableBy(HezuoUser user, long resourceId) {
        SharedResource r = resources.findById(resourceId).filter(x -> x.getSchoolId() == user.schoolId())
                .filter(x -> !x.isRemoved()).orElseThrow(() -> new NotFoundException("resource", resourceId));
        if (user.isStudent()) {
            Student me = people.requireStudent(user);
            Long groupId = people.placement(me).map(People.Placement::groupId).orElse(null);
            if (!readable(r, me, groupId)) {
                throw new AccessDeniedException("another group's or class's resource");
            }
        } else {
            classes.requireView(user, r.getClassId());
        }
        return r;
    }

    /** Own class; class-wide, or group-only of the student's group this week. */
    private static boolean readable(SharedResource r, Student me, Long groupId) {
        return r.getClassId().equals(me.getClassId()) && (r.getVisibility() == SharedResource.Visibility.CLASS
                || (groupId != null && groupId.equals(r.getGroupId())));
    }

    private static Row row(SharedResource r, Map<Long, String> names, boolean mine) {
        return new Row(r.getId(), r.getTitle(), r.getKind(), r.getVisibility(), r.getGroupNo(), r.getNote(),
                r.getFileName(), r.isImage(), r.getSizeBytes(),
                r.getStudentId() == null ? null : names.getOrDefault(r.getStudentId(), ""), mine, r.getCreatedAt());
    }

    private static String text(String value, int max, String emptyKey, String lengthKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException(emptyKey);
        }
        if (text.length() > max) {
            throw new RuleViolationException(lengthKey, max);
        }
        return text;
    }
}
