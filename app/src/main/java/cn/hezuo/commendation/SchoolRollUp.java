package cn.hezuo.commendation;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the admin's monthly roll-up across every class of the school, in the school's class order. */
@Component
class SchoolRollUp {

    private final ClassDirectory classes;
    private final CommendationRepository commendations;
    private final CommendationAwardRepository awards;

    SchoolRollUp(ClassDirectory classes, CommendationRepository commendations,
                 CommendationAwardRepository awards) {
        this.classes = classes;
        this.commendations = commendations;
        this.awards = awards;
    }

    @Transactional(readOnly = true)
    RollUp of(HezuoUser user, YearMonth month) {
        if (!user.isAdmin()) {
            throw new AccessDeniedException("commendation roll-up");
        }
        Map<Long, Commendation> newest = new HashMap<>();
        for (Commendation c : commendations.findBySchoolIdAndMonthOrderByClassIdAscRevisionDesc(user.schoolId(),
                month.toString())) {
            newest.putIfAbsent(c.getClassId(), c); // revisions come newest first
        }
        Map<Long, List<CommendationAward>> byCommendation = new HashMap<>();
        if (!newest.isEmpty()) {
            awards.findByCommendationIdInOrderByCommendationIdAscSortOrderAsc(newest.values().stream()
                    .map(Commendation::getId).toList())
                    .forEach(a -> byCommendation.computeIfAbsent(a.getCommendationId(), k -> new ArrayList<>()).add(a));
        }
        List<SchoolClass> ordered = new ArrayList<>(classes.ofSchool(user.schoolId()));
        ordered.sort(SchoolClass.DISPLAY_ORDER);
        List<RollUp.Row> rows = new ArrayList<>();
        List<String> unconfirmed = new ArrayList<>();
        for (SchoolClass schoolClass : ordered) {
            Commendation c = newest.get(schoolClass.getId());
            if (c == null) {
                unconfirmed.add(schoolClass.getName());
                continue;
            }
            List<CommendationAward> list = byCommendation.getOrDefault(c.getId(), List.of());
            rows.add(new RollUp.Row(schoolClass.getId(), schoolClass.getName(), c.getId(), c.getRevision(),
                    list.stream().filter(a -> a.getKind() == AwardKind.GROUP).toList(),
                    list.stream().filter(a -> a.getKind() == AwardKind.STUDENT).toList(),
                    c.getConfirmedByName(), c.getConfirmedAt()));
        }
        return new RollUp(month, rows, unconfirmed);
    }
}
