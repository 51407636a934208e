package cn.hezuo.research.growth;

import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 成长档案: a teacher's term assembled from the records — lessons given (activities they taught of lesson kinds),
 * activities hosted or attended, lessons observed, mentoring, routine checks — and their own entries, as one timeline
 * with totals. Nothing is copied: it is read fresh each time.
 */
@Component
class Portfolio {

    /** One line of the timeline; {@code kind} is a message key, {@code text} data as recorded. */
    record Item(LocalDate date, String kind, String text, String detail) {
    }

    /** The timeline with its totals. */
    record View(List<Item> items, int lessonsGiven, int activities, int observed, int mentoring, int checks,
                int entries, int trainingHours) {
    }

    private final CalendarService calendar;
    private final ListenService listen;
    private final GrowthService growth;
    private final SchoolSetupService school;
    private final Staff staff;

    Portfolio(CalendarService calendar, ListenService listen, GrowthService growth, SchoolSetupService school,
              Staff staff) {
        this.calendar = calendar;
        this.listen = listen;
        this.growth = growth;
        this.school = school;
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    View of(long schoolId, long teacherId, SchoolTerm term) {
        Map<Long, String> names = staff.names(schoolId);
        Map<Long, String> classes = school.classes(schoolId).stream()
                .collect(Collectors.toMap(SchoolClass::getId, SchoolClass::getName));
        Map<Long, String> subjects = school.subjects(schoolId).stream()
                .collect(Collectors.toMap(s -> s.getId(), s -> s.getName()));
        List<Item> items = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int lessons = 0;
        for (ResearchActivity a : calendar.hostedBy(teacherId, term.id())) {
            seen.add(a.getId());
            if (a.getKind().isLesson()) {
                lessons++;
            }
            items.add(new Item(a.getDate(), a.getKind().isLesson() ? "research.portfolio.taught" : "research.portfolio.hosted",
                    a.getTopic(), "research.kind." + a.getKind()));
        }
        int activities = seen.size();
        for (ResearchActivity a : calendar.attendedBy(teacherId, term.id())) {
            if (seen.add(a.getId())) {
                activities++;
                items.add(new Item(a.getDate(), "research.portfolio.attended", a.getTopic(), "research.kind." + a.getKind()));
            }
        }
        List<ListenService.ListenLine> observed = listen.recordsOf(teacherId, term.id());
        for (ListenService.ListenLine l : observed) {
            String who = l.observedId() == null ? "" : " · " + names.getOrDefault(l.observedId(), "");
            items.add(new Item(l.date(), "research.portfolio.observed", classes.getOrDefault(l.classId(), "") + " "
                    + subjects.getOrDefault(l.subjectId(), "") + who + " · " + l.topic(), null));
        }
        int mentoring = 0;
        for (MentorPair pair : growth.pairsOfTeacher(schoolId, teacherId, term.id())) {
            String other = names.get(pair.getMentorId().equals(teacherId) ? pair.getApprenticeId() : pair.getMentorId());
            for (MentorActivity m : growth.mentorActivities(pair.getId())) {
                mentoring++;
                items.add(new Item(m.getDate(), "research.portfolio.mentoring", other,
                        "research.growth.MentorActivityKind." + m.getKind()));
            }
        }
        List<RoutineCheck> checks = growth.checksOf(teacherId, term.id());
        for (RoutineCheck c : checks) {
            items.add(new Item(java.time.YearMonth.parse(c.getMonth()).atEndOfMonth(), "research.portfolio.checked",
                    c.getRemark() == null ? "" : c.getRemark(),
                    "research.growth.CheckItem." + c.getItem() + "|research.growth.CheckRating." + c.getRating()));
        }
        List<PortfolioEntry> own = growth.entriesOf(teacherId, term.id());
        int hours = 0;
        for (PortfolioEntry e : own) {
            hours += e.getHours() == null ? 0 : e.getHours();
            items.add(new Item(e.getDate(), "research.growth.EntryKind." + e.getKind(), e.getTitle(), null));
        }
        items.sort(Comparator.comparing(Item::date));
        return new View(items, lessons, activities, observed.size(), mentoring, checks.size(), own.size(), hours);
    }
}
