package cn.hezuo.research.summary;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.audit.Changes;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.ActivityService;
import cn.hezuo.research.calendar.AttendanceStatus;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes a summary's figures from the records and keeps the leader's sections (version-checked, audited). */
@Service
class SummaryService {

    private final SummaryRepository summaries;
    private final CalendarService calendar;
    private final ActivityService activities;
    private final ListenService listen;
    private final ResearchAccess access;
    private final ResearchTerms terms;
    private final AuditTrail audit;

    SummaryService(SummaryRepository summaries, CalendarService calendar, ActivityService activities,
                   ListenService listen, ResearchAccess access, ResearchTerms terms, AuditTrail audit) {
        this.summaries = summaries;
        this.calendar = calendar;
        this.activities = activities;
        this.listen = listen;
        this.access = access;
        this.terms = terms;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    SummaryFigures figures(ResearchGroup group, SchoolTerm term) {
        LocalDate today = terms.today();
        List<ResearchActivity> held = calendar.activities(group.getId(), term.id()).stream()
                .filter(a -> !a.getDate().isAfter(today)).toList();
        Map<ActivityKind, Integer> byKind = new EnumMap<>(ActivityKind.class);
        held.forEach(a -> byKind.merge(a.getKind(), 1, Integer::sum));
        int lessons = (int) held.stream().filter(a -> a.getKind().isLesson()).count();
        List<Long> ids = held.stream().map(ResearchActivity::getId).toList();
        Map<AttendanceStatus, Integer> statuses = activities.statusCounts(ids);
        int taken = statuses.values().stream().mapToInt(Integer::intValue).sum();
        int attended = statuses.getOrDefault(AttendanceStatus.PRESENT, 0) + statuses.getOrDefault(AttendanceStatus.LATE, 0);
        int reflections = ids.stream().mapToInt(id -> activities.reflections(group.getSchoolId(), id).size()).sum();
        return new SummaryFigures(held.size(), byKind, lessons,
                taken == 0 ? null : (int) Math.round(100.0 * attended / taken), reflections,
                listen.standings(group, term.id()), access.listenMinimum(group));
    }

    @Transactional(readOnly = true)
    Optional<Summary> summary(long groupId, long termId) {
        return summaries.findByGroupIdAndTermId(groupId, termId);
    }

    @Transactional
    void save(HezuoUser user, long groupId, SchoolTerm term, SummaryForm form) {
        ResearchGroup group = access.requireLead(user, groupId);
        Summary summary = summaries.findByGroupIdAndTermId(groupId, term.id()).orElse(null);
        int expected = form.version() == null ? -1 : form.version();
        if (summary == null ? expected != -1 : summary.getVersion() != expected) {
            throw new RuleViolationException("error.staleEdit");
        }
        boolean created = summary == null;
        if (created) {
            summary = new Summary(user.schoolId(), groupId, term.id());
        }
        Changes changes = Changes.of().field("overview", summary.getOverview(), trim(form.overview()))
                .field("achievements", summary.getAchievements(), trim(form.achievements()))
                .field("problems", summary.getProblems(), trim(form.problems()))
                .field("nextSteps", summary.getNextSteps(), trim(form.nextSteps()));
        summary.write(trim(form.overview()), trim(form.achievements()), trim(form.problems()), trim(form.nextSteps()));
        summary = summaries.save(summary);
        audit.record(created ? "CREATE" : "UPDATE", "ResearchSummary", summary.getId(),
                created ? AuditText.of("audit.msg.research.plan", group.getName(), term.name())
                        : changes.text(group.getName()));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
