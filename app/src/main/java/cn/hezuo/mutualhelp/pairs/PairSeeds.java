package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.report.LatestExamTotals;
import cn.hezuo.group.KeepApartQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes 帮扶对子 without a signed-in person: the demo school's and the rows tests start from. Not used by any page. */
@Component
public class PairSeeds {

    private static final String[] CONTENT = {"一元一次方程移项", "整式加减去括号", "有理数混合运算", "错题订正"};

    private final HelpPairRepository pairs;
    private final PairCheckInRepository checkIns;
    private final People people;
    private final LatestExamTotals exams;
    private final KeepApartQuery keepApart;
    private final AuditTrail audit;
    private final Clock clock;

    PairSeeds(HelpPairRepository pairs, PairCheckInRepository checkIns, People people, LatestExamTotals exams,
              KeepApartQuery keepApart, AuditTrail audit, Clock clock) {
        this.pairs = pairs;
        this.checkIns = checkIns;
        this.people = people;
        this.exams = exams;
        this.keepApart = keepApart;
        this.audit = audit;
        this.clock = clock;
    }

    /** A pair of two students of one class (stored in 学号 order), in the group of the first this week. */
    @Transactional
    public long pair(long subjectId, long studentA, long studentB) {
        Student a = people.student(studentA).orElseThrow();
        Student b = people.student(studentB).orElseThrow();
        Student first = a.getStudentNo().compareTo(b.getStudentNo()) <= 0 ? a : b;
        Student second = first == a ? b : a;
        var placement = people.placement(a);
        HelpPair pair = pairs.save(new HelpPair(a.getSchoolId(), a.getClassId(), subjectId,
                placement.map(People.Placement::groupId).orElse(null), placement.map(People.Placement::groupNo)
                .orElse(null), first.getId(), second.getId(), "system", clock.instant()));
        audit.record(a.getSchoolId(), "system", "CREATE", "MhPair", pair.getId(), AuditText.of("audit.msg.mh.pairsSaved",
                a.getClassId(), subjectId, 1, 1, 0));
        return pair.getId();
    }

    /** A check-in on a pair by one of the partners (or a teacher when {@code studentId} is null). */
    @Transactional
    public long checkIn(long pairId, LocalDate day, String content, Long studentId) {
        HelpPair pair = pairs.findById(pairId).orElseThrow();
        PairCheckIn c = checkIns.save(new PairCheckIn(pair, day, content, null, studentId,
                studentId == null ? "system" : people.student(studentId).orElseThrow().getStudentNo(),
                UUID.randomUUID().toString(), clock.instant()));
        return c.getId();
    }

    /**
     * The demo class's pairs in a subject, as 自动生成 proposes them from the latest exam; most pairs have records of
     * this week and last, every third has one from three weeks ago only (flagged 近两周无记录). One audit line.
     */
    @Transactional
    public void demo(long schoolId, long classId, long subjectId) {
        var totals = exams.latest(schoolId, classId, subjectId);
        var roles = people.rolesThisWeek(schoolId, classId);
        if (totals.isEmpty() || roles.isEmpty()) {
            return;
        }
        Map<Long, Student> students = new HashMap<>();
        people.classStudents(classId).forEach(s -> students.put(s.getId(), s));
        List<PairProposer.Candidate> candidates = new ArrayList<>();
        for (MemberRoles m : roles.get().members()) {
            Student s = students.get(m.studentId());
            if (s != null) {
                Double score = totals.get().byStudent().get(s.getId());
                candidates.add(new PairProposer.Candidate(s.getId(), s.getStudentNo(), m.groupId(), m.groupNumber(),
                        s.getGender() == null ? null : s.getGender().name(), score == null ? Double.NaN : score));
            }
        }
        var apart = keepApart.ofClass(classId).stream().map(x -> PairProposer.key(x.low(), x.high()))
                .collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        int i = 0;
        long first = 0;
        for (PairProposer.Proposed p : PairProposer.propose(candidates, PairProposer.rules(apart, false)).pairs()) {
            Student a = students.get(p.strong());
            Student b = students.get(p.weak());
            Student low = a.getStudentNo().compareTo(b.getStudentNo()) <= 0 ? a : b;
            Student high = low == a ? b : a;
            HelpPair pair = pairs.save(new HelpPair(schoolId, classId, subjectId, p.groupId(), p.groupNo(), low.getId(),
                    high.getId(), "system", clock.instant()));
            first = first == 0 ? pair.getId() : first;
            if (i % 3 == 2) {
                checkIns.save(new PairCheckIn(pair, today.minusDays(21), CONTENT[i % CONTENT.length], null, low.getId(),
                        low.getStudentNo(), UUID.randomUUID().toString(), clock.instant()));
            } else {
                checkIns.save(new PairCheckIn(pair, today.minusDays(8), CONTENT[i % CONTENT.length], "讲了两道例题，再做一道练习。",
                        high.getId(), high.getStudentNo(), UUID.randomUUID().toString(), clock.instant()));
                checkIns.save(new PairCheckIn(pair, today.minusDays(1), CONTENT[(i + 1) % CONTENT.length], null,
                        low.getId(), low.getStudentNo(), UUID.randomUUID().toString(), clock.instant()));
            }
            i++;
        }
        if (first != 0) {
            audit.record(schoolId, "system", "DEMO_LOAD", "MhPair", first, AuditText.of("audit.msg.mh.pairsDemo", classId));
        }
    }
}
