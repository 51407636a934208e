package cn.hezuo.research.lessonstudy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.Staff;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SubjectDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read of lesson-study cases for the rest of the research module (observation comparisons list the
 * 同课异构 pairs from here): plain records, only the cases the user may see (their groups' cases; the admin all).
 */
@Service
public class LessonStudyCases {

    /** A case as other parts show it; {@code pair} is the 同课异构 key shared by cases of the same lesson (or null). */
    public record CaseRow(long id, long groupId, String theme, long teacherId, String teacher, String subject,
                          String grade, String topic, String pair) {
    }

    private final LessonStudyCaseRepository cases;
    private final ResearchAccess access;
    private final Staff staff;
    private final SubjectDirectory subjects;
    private final ClassDirectory classes;

    LessonStudyCases(LessonStudyCaseRepository cases, ResearchAccess access, Staff staff, SubjectDirectory subjects,
                     ClassDirectory classes) {
        this.cases = cases;
        this.access = access;
        this.staff = staff;
        this.subjects = subjects;
        this.classes = classes;
    }

    /** Every case the user may see, newest first. */
    @Transactional(readOnly = true)
    public List<CaseRow> visibleTo(HezuoUser user) {
        List<Long> groupIds = access.visibleGroups(user).stream().map(ResearchGroup::getId).toList();
        return groupIds.isEmpty() ? List.of() : rows(user.schoolId(),
                cases.findByGroupIdInOrderByCreatedAtDescIdDesc(groupIds));
    }

    /**
     * Every case of the school, oldest first, whoever asks: for drawing a review round among cases (the caller decides
     * who may start one and shows each person only their own group's tasks and the round's names).
     */
    @Transactional(readOnly = true)
    public List<CaseRow> ofSchool(long schoolId) {
        return rows(schoolId, cases.findBySchoolIdOrderByIdAsc(schoolId));
    }

    /** One case if the user may see it. */
    @Transactional(readOnly = true)
    public Optional<CaseRow> find(HezuoUser user, long caseId) {
        return visibleTo(user).stream().filter(r -> r.id() == caseId).findFirst();
    }

    /** The visible cases that are 同课异构 of each other, by pair key (pairs of at least two cases). */
    @Transactional(readOnly = true)
    public Map<String, List<CaseRow>> pairs(HezuoUser user) {
        Map<String, List<CaseRow>> pairs = new java.util.TreeMap<>();
        visibleTo(user).stream().filter(r -> r.pair() != null)
                .forEach(r -> pairs.computeIfAbsent(r.pair(), k -> new java.util.ArrayList<>()).add(r));
        pairs.values().removeIf(l -> l.size() < 2);
        pairs.values().forEach(l -> l.sort(java.util.Comparator.comparingLong(CaseRow::id)));
        return pairs;
    }

    List<CaseRow> rows(long schoolId, List<LessonStudyCase> list) {
        Map<Long, String> names = staff.names(schoolId);
        Map<Long, String> subjectNames = new HashMap<>();
        subjects.ofSchool(schoolId).forEach(s -> subjectNames.put(s.getId(), s.getName()));
        Map<Long, String> gradeNames = new HashMap<>();
        classes.grades(schoolId).forEach(g -> gradeNames.put(g.getId(), g.getName()));
        return list.stream().map(c -> new CaseRow(c.getId(), c.getGroupId(), c.getTheme(), c.getTeacherId(),
                names.getOrDefault(c.getTeacherId(), "—"), subjectNames.getOrDefault(c.getSubjectId(), "—"),
                c.getGradeId() == null ? null : gradeNames.get(c.getGradeId()), c.getTopic(), c.getPairKey()))
                .toList();
    }
}
