package cn.hezuo.evaluation;

import cn.hezuo.group.GroupEmblem;
import cn.hezuo.group.GroupEmblems;
import cn.hezuo.group.PlanGroupsQuery;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolTerm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link Board} from the active plan and the running totals (no sum over point rows). */
@Component
class BoardQuery {

    private final ClassGroupsQuery groups;
    private final EvalItemRepository items;
    private final PointTotals totals;
    private final EvaluationSettingsService settings;
    private final SchoolCalendar calendar;
    private final PlanGroupsQuery planGroups;
    private final Clock clock;
    private final Avatars avatars;
    private final GroupEmblems emblems;

    BoardQuery(ClassGroupsQuery groups, EvalItemRepository items, PointTotals totals,
               EvaluationSettingsService settings, SchoolCalendar calendar, PlanGroupsQuery planGroups, Clock clock, Avatars avatars,
               GroupEmblems emblems) {
        this.emblems = emblems;
        this.avatars = avatars;
        this.planGroups = planGroups;
        this.clock = clock;
        this.groups = groups;
        this.items = items;
        this.totals = totals;
        this.settings = settings;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    Board build(Recorder recorder, boolean memberTotals) {
        long classId = recorder.schoolClass().getId();
        EvalSettings classSettings = settings.of(recorder.schoolClass().getSchoolId(), classId);
        SchoolTerm term = calendar.requireTermForToday(recorder.schoolClass().getSchoolId());
        ClassGroups classGroups = groups.of(classId);
        Map<Long, Integer> groupTotals = totals.groupTotals(term.id(), classGroups.groupIds());
        boolean showMembers = memberTotals && recorder.isTeacher();
        Map<Long, Integer> memberPoints = showMembers
                ? totals.studentTotals(term.id(), classGroups.membersByStudent().keySet()) : Map.of();
        Map<Long, String> faces = avatars.of(classGroups.membersByStudent().keySet());
        boolean bands = !recorder.isTeacher() && classSettings.isShowRankBand();
        List<Integer> allTotals = classGroups.groupIds().stream().map(id -> groupTotals.getOrDefault(id, 0)).toList();
        Map<Long, GroupEmblem.Look> looks = emblems.of(classGroups.groupIds());
        List<Board.GroupCard> cards = new ArrayList<>();
        for (ClassGroups.Group g : classGroups.groups()) {
            if (!recorder.mayAward(g.id())) {
                continue; // a group's recorder sees only their own group
            }
            int total = groupTotals.getOrDefault(g.id(), 0);
            String band = bands ? band(total, allTotals, allTotals.size()) : null;
            List<Board.MemberChip> chips = g.members().stream()
                    .sorted(Comparator.comparingInt(ClassGroups.Member::memberNo))
                    .map(m -> new Board.MemberChip(m.studentId(), m.memberNo(), m.name(),
                            showMembers ? memberPoints.getOrDefault(m.studentId(), 0) : null, faces.get(m.studentId())))
                    .toList();
            GroupEmblem.Look look = looks.getOrDefault(g.id(), GroupEmblem.of(g.number(), null, null));
            cards.add(new Board.GroupCard(g.id(), g.number(), g.name(), total, band, true, chips,
                    look.colour(), look.path()));
        }
        LocalDate since = planGroups.activePlan(classId).map(PlanGroupsQuery.ActivePlan::activatedAt)
                .map(at -> at.atZone(clock.getZone()).toLocalDate())
                .filter(day -> day.isAfter(term.startDate())).orElse(null);
        return new Board(recorder.schoolClass(), term, calendar.weekToday(term),
                items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(classId), cards, classSettings.isBundled(),
                showMembers, recorder.isTeacher(), recorder.scope(), since);
    }

    /** Top, middle or lower third among the groups, by how many groups have more points (a band, not a rank). */
    static String band(int total, List<Integer> all, int groupCount) {
        long ahead = all.stream().filter(t -> t > total).count();
        if (ahead * 3 < groupCount) {
            return "top";
        }
        return ahead * 3 < 2L * groupCount ? "middle" : "rest";
    }
}
