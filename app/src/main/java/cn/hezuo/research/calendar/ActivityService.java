package cn.hezuo.research.calendar;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.Staff;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens at an activity: the leader takes attendance (出席/迟到/请假/缺席) and keeps the minutes; members upload
 * attachments and write one reflection each (after a 集体备课, their 二次备课 notes). Every write is audited.
 */
@Service
public class ActivityService {

    private final CalendarService calendar;
    private final AttendanceRepository attendance;
    private final ReflectionRepository reflections;
    private final AttachmentStore attachments;
    private final ResearchAccess access;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    ActivityService(CalendarService calendar, AttendanceRepository attendance, ReflectionRepository reflections,
                    AttachmentStore attachments, ResearchAccess access, Staff staff, AuditTrail audit, Clock clock) {
        this.calendar = calendar;
        this.attendance = attendance;
        this.reflections = reflections;
        this.attachments = attachments;
        this.access = access;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records every member's status at once; members not in the map are left as they were. */
    @Transactional
    public void takeAttendance(HezuoUser user, long activityId, Map<Long, AttendanceStatus> statuses) {
        var found = calendar.requireLead(user, activityId);
        List<Long> members = access.memberIds(found.group().getId());
        Map<Long, String> names = staff.names(user.schoolId());
        List<AuditText> lines = new ArrayList<>();
        for (Map.Entry<Long, AttendanceStatus> e : statuses.entrySet()) {
            if (!members.contains(e.getKey())) {
                throw new RuleViolationException("research.error.notMember", names.getOrDefault(e.getKey(), "?"));
            }
            Attendance row = attendance.findByActivityIdAndTeacherId(activityId, e.getKey())
                    .orElseGet(() -> new Attendance(activityId, e.getKey()));
            if (row.getStatus() == e.getValue()) {
                continue;
            }
            lines.add(AuditText.of("audit.change", names.get(e.getKey()),
                    row.getStatus() == null ? null : AuditText.of("research.attendance." + row.getStatus()),
                    AuditText.of("research.attendance." + e.getValue())));
            row.set(e.getValue(), user.getUsername(), clock.instant());
            attendance.save(row);
        }
        if (!lines.isEmpty()) {
            audit.record("UPDATE", "ResearchAttendance", activityId, AuditText.list(lines));
        }
    }

    /** Teacher id → status for the activity. */
    @Transactional(readOnly = true)
    public Map<Long, AttendanceStatus> attendance(long activityId) {
        Map<Long, AttendanceStatus> map = new HashMap<>();
        attendance.findByActivityIdOrderByIdAsc(activityId).forEach(a -> map.put(a.getTeacherId(), a.getStatus()));
        return map;
    }

    /** Teacher id → how many of the given activities they attended (present or late). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> attendedCounts(List<Long> activityIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (activityIds.isEmpty()) {
            return counts;
        }
        attendance.findByActivityIdIn(activityIds).stream().filter(a -> a.getStatus().attended())
                .forEach(a -> counts.merge(a.getTeacherId(), 1, Integer::sum));
        return counts;
    }

    /** Status → count over the given activities. */
    @Transactional(readOnly = true)
    public Map<AttendanceStatus, Integer> statusCounts(List<Long> activityIds) {
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        if (!activityIds.isEmpty()) {
            attendance.findByActivityIdIn(activityIds).forEach(a -> counts.merge(a.getStatus(), 1, Integer::sum));
        }
        return counts;
    }

    @Transactional
    public void saveMinutes(HezuoUser user, long activityId, int version, String minutes) {
        var found = calendar.requireLead(user, activityId);
        ResearchActivity activity = found.activity();
        if (activity.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        String value = CalendarService.blankToNull(minutes);
        Changes changes = Changes.of().field("minutes", activity.getMinutes(), value);
        activity.setMinutes(value);
        audit.record("UPDATE", "ResearchActivity", activityId, changes.text(activity.getTopic()));
    }

    /** A member (or the leader/admin) attaches a checked file. */
    @Transactional
    public long attach(HezuoUser user, long activityId, AttachmentKind kind, String filename, byte[] content) {
        var found = calendar.requireView(user, activityId);
        String name = FileCheck.cleanName(filename);
        String type = FileCheck.contentTypeOf(name, content);
        long id = attachments.save(attachments.nextId(), user.schoolId(), activityId, kind.name(), name, type, content,
                user.getUsername(), clock.instant());
        audit.record("CREATE", "ResearchAttachment", id, AuditText.of("audit.msg.research.attachment",
                found.activity().getTopic(), AuditText.of("research.attachment." + kind), name, content.length));
        return id;
    }

    @Transactional(readOnly = true)
    public List<AttachmentStore.Meta> attachments(long activityId) {
        return attachments.list(activityId);
    }

    /** The file, if the person may see its activity. */
    @Transactional(readOnly = true)
    public AttachmentStore.File download(HezuoUser user, long activityId, long attachmentId) {
        calendar.requireView(user, activityId);
        AttachmentStore.File file = attachments.find(user.schoolId(), attachmentId)
                .filter(f -> f.meta().activityId() == activityId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        return file;
    }

    /** The uploader or the leader/admin removes an attachment. */
    @Transactional
    public void removeAttachment(HezuoUser user, long activityId, long attachmentId) {
        var found = calendar.requireView(user, activityId);
        AttachmentStore.File file = attachments.find(user.schoolId(), attachmentId)
                .filter(f -> f.meta().activityId() == activityId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        if (!found.canLead() && !file.meta().uploadedBy().equals(user.getUsername())) {
            throw new AccessDeniedException("attachment " + attachmentId);
        }
        attachments.delete(attachmentId);
        audit.record("DELETE", "ResearchAttachment", attachmentId, AuditText.of("audit.msg.research.attachment",
                found.activity().getTopic(), AuditText.of("research.attachment." + file.meta().kind()),
                file.meta().filename(), file.meta().size()));
    }

    /** A member writes (or rewrites) their reflection; version -1 for a first one. */
    @Transactional
    public void reflect(HezuoUser user, long activityId, int version, String body) {
        var found = calendar.requireView(user, activityId);
        if (!user.isTeacher() || user.teacherId() == null || !access.isMember(found.group().getId(), user.teacherId())) {
            throw new AccessDeniedException("reflection");
        }
        Reflection reflection = reflections.findByActivityIdAndTeacherId(activityId, user.teacherId()).orElse(null);
        if (reflection == null ? version != -1 : reflection.getVersion() != version) {
            throw new RuleViolationException("error.staleEdit");
        }
        boolean created = reflection == null;
        if (created) {
            reflection = new Reflection(activityId, user.teacherId());
        }
        reflection.write(body.trim(), clock.instant());
        reflection = reflections.save(reflection);
        audit.record(created ? "CREATE" : "UPDATE", "ResearchReflection", reflection.getId(),
                AuditText.of("audit.msg.research.reflection", found.activity().getTopic()));
    }

    /** A reflection as a page shows it. */
    public record ReflectionView(long teacherId, String teacher, String body, java.time.Instant writtenAt, int version) {
    }

    @Transactional(readOnly = true)
    public List<ReflectionView> reflections(long schoolId, long activityId) {
        Map<Long, String> names = staff.names(schoolId);
        return reflections.findByActivityIdOrderByWrittenAtAscIdAsc(activityId).stream()
                .map(r -> new ReflectionView(r.getTeacherId(), names.get(r.getTeacherId()), r.getBody(),
                        r.getWrittenAt(), r.getVersion())).toList();
    }
}
