package cn.hezuo.commendation;

import cn.hezuo.group.GroupDirectory;
import cn.hezuo.roster.Student;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's own certificates: their 优秀个人 awards and the 优秀小组 awards of groups they were a member of, from
 * valid (newest) revisions only. Nothing about classmates, and no points or ranks. Used by {@code /me} (as
 * {@code @studentCertificates}) and {@code /me/certificates}.
 */
@Component
public class StudentCertificates {

    private final CommendationRepository commendations;
    private final CommendationAwardRepository awards;
    private final CertificateSheets sheets;
    private final GroupDirectory groups;

    StudentCertificates(CommendationRepository commendations, CommendationAwardRepository awards,
                        CertificateSheets sheets, GroupDirectory groups) {
        this.commendations = commendations;
        this.awards = awards;
        this.sheets = sheets;
        this.groups = groups;
    }

    @Transactional(readOnly = true)
    public List<Certificate> of(Student student) {
        List<CommendationAward> mine = new ArrayList<>(awards.findByStudentIdOrderByIdDesc(student.getId()).stream()
                .filter(a -> a.getKind() == AwardKind.STUDENT).toList());
        List<Long> myGroups = groups.groupIdsOf(student.getId());
        if (!myGroups.isEmpty()) {
            mine.addAll(awards.findByGroupIdInAndKindOrderByIdDesc(myGroups, AwardKind.GROUP));
        }
        Map<Long, List<CommendationAward>> byCommendation = new LinkedHashMap<>();
        mine.forEach(a -> byCommendation.computeIfAbsent(a.getCommendationId(), k -> new ArrayList<>()).add(a));
        Map<Long, Boolean> valid = new HashMap<>();
        List<Certificate> certificates = new ArrayList<>();
        for (Map.Entry<Long, List<CommendationAward>> e : byCommendation.entrySet()) {
            Commendation commendation = commendations.findById(e.getKey()).orElseThrow();
            boolean newest = valid.computeIfAbsent(e.getKey(), id -> commendations
                    .findByClassIdAndMonthOrderByRevisionDesc(commendation.getClassId(), commendation.getMonth().toString())
                    .get(0).getId().equals(id));
            if (newest) {
                e.getValue().sort(Comparator.comparingInt(CommendationAward::getSortOrder));
                certificates.addAll(sheets.of(commendation, e.getValue()));
            }
        }
        certificates.sort(Comparator.comparing(Certificate::month).reversed()
                .thenComparing(c -> c.kind() == AwardKind.STUDENT ? 0 : 1));
        return certificates;
    }
}
