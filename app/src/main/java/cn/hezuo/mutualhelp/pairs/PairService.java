package cn.hezuo.mutualhelp.pairs;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.exam.report.LatestExamTotals;
import cn.hezuo.group.KeepApartQuery;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassAccess;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.Subject;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 帮扶对子: the head teacher's proposal from the latest exam, checks of an edited draft and saving it; check-ins by a
 * partner or a teacher of the class; each person's view. Exam totals are read only to propose and never leave the
 * teacher's draft; stored pairs and every student page are in 学号 order.
 */
@Service
class PairService {

    static final int INACTIVE_DAYS = 14;
    static final int CONTENT_MAX = 60;
    static final int NOTE_MAX = 300;

    /** A student as a select option or a name on a page. */
    record Person(long id, String studentNo, String name, Integer groupNo) {
    }

    /** One row of a draft: two students (either may be null in an unfinished row). */
    record DraftRow(Long a, Long b) {
    }

    /** A problem of a draft, named by its row (1-based; 0 for the whole draft). */
    record Problem(int row, String key, Object[] args) {
    }

    record Draft(long subjectId, boolean sameGender, String examName, List<DraftRow> rows, List<Person> leftOut,
                 List<Problem> problems) {
    }

    record PairRow(long id, Integer groupNo, Person a, Person b, LocalDate lastDay, int checkIns, boolean inactive) {
    }

    record ClassPage(SchoolClass schoolClass, List<Subject> subjects, Subject subject, List<PairRow> pairs,
                     List<Person> students, boolean canManage) {
    }

    record CheckInRow(long id, LocalDate day, String content, String note, String by) {
    }

    record PairPage(long id, long classId, String subject, Person a, Person b, Person partner, boolean teacher,
                    List<CheckInRow> checkIns) {
    }

    record MyPair(long id, String subject, String partner, List<CheckInRow> recent) {
    }

    record CheckInForm(LocalDate day, String content, String note, String requestId) {
    }

    private final HelpPairRepository pairs;
    private final PairCheckInRepository checkIns;
    private final People people;
    private final ClassAccess classes;
    private final LatestExamTotals exams;
    private final KeepApartQuery keepApart;
    private final AuditTrail audit;
    private final Clock clock;

    PairService(HelpPairRepository pairs, PairCheckInRepository checkIns, People people, ClassAccess classes,
                LatestExamTotals exams, KeepApartQuery keepApart, AuditTrail audit, Clock clock) {
        this.pairs = pairs;
        this.checkIns = checkIns;
        this.people = people;
        this.classes = classes;
        this.exams = exams;
        this.keepApart = keepApart;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ClassPage classPage(HezuoUser user, long classId, Long subjectId) {
        SchoolClass schoolClass = classes.requireView(user, classId);
        List<Subject> subjects = people.subjects(schoolClass.getSchoolId());
        Subject subject = subjectId == null
                ? subjects.stream().filter(s -> s.getName().equals("数学")).findFirst().orElse(subjects.get(0))
                : people.requireSubject(schoolClass.getSchoolId(), subjectId);
        Map<Long, Person> persons = persons(schoolClass.getSchoolId(), classId);
        List<HelpPair> active = pairs.findByClassIdAndSubjectIdAndActiveTrueOrderByGroupNoAscIdAsc(classId,
                subject.getId());
        Map<Long, List<PairCheckIn>> byPair = checkIns.findByPairIdIn(active.stream().map(HelpPair::getId).toList())
                .stream().collect(Collectors.groupingBy(PairCheckIn::getPairId));
        LocalDate since = LocalDate.now(clock).minusDays(INACTIVE_DAYS - 1);
        List<PairRow> rows = new ArrayList<>();
        for (HelpPair p : active) {
            List<PairCheckIn> list = byPair.getOrDefault(p.getId(), List.of());
            LocalDate last = list.stream().map(PairCheckIn::getOnDay).max(Comparator.naturalOrder()).orElse(null);
            rows.add(new PairRow(p.getId(), p.getGroupNo(), person(persons, p.getStudentA()),
                    person(persons, p.getStudentB()), last, list.size(), last == null || last.isBefore(since)));
        }
        return new ClassPage(schoolClass, subjects, subject, rows, new ArrayList<>(persons.values()),
                classes.canManage(user, schoolClass));
    }

    /** 自动生成: the proposal for the class and subject from its latest exam (nothing is written). */
    @Transactional(readOnly = true)
    Draft propose(HezuoUser user, long classId, long subjectId, boolean sameGender) {
        SchoolClass schoolClass = classes.requireManage(user, classId);
        people.requireSubject(schoolClass.getSchoolId(), subjectId);
        Optional<LatestExamTotals.Totals> totals = exams.latest(schoolClass.getSchoolId(), classId, subjectId);
        if (totals.isEmpty()) {
            return new Draft(subjectId, sameGender, null, List.of(), List.of(),
                    List.of(new Problem(0, "mutualhelp.pairs.error.noExam", new Object[0])));
        }
        Map<Long, MemberRoles> members = members(schoolClass);
        if (members.isEmpty()) {
            return new Draft(subjectId, sameGender, totals.get().examName(), List.of(), List.of(),
                    List.of(new Problem(0, "mutualhelp.pairs.error.noGroups", new Object[0])));
        }
        Map<Long, Student> students = new HashMap<>();
        people.classStudents(classId).forEach(s -> students.put(s.getId(), s));
        List<PairProposer.Candidate> candidates = new ArrayList<>();
        for (MemberRoles m : members.values()) {
            Student s = students.get(m.studentId());
            if (s != null) {
                Double score = totals.get().byStudent().get(s.getId());
                candidates.add(new PairProposer.Candidate(s.getId(), s.getStudentNo(), m.groupId(), m.groupNumber(),
                        s.getGender() == null ? null : s.getGender().name(), score == null ? Double.NaN : score));
            }
        }
        PairProposer.Proposal proposal = PairProposer.propose(candidates, rules(classId, sameGender));
        Map<Long, Person> persons = persons(schoolClass.getSchoolId(), classId);
        // The draft lists each pair in 学号 order too: the page never says which partner had the higher total.
        List<DraftRow> rows = proposal.pairs().stream().map(p -> ordered(persons, p.strong(), p.weak())).toList();
        List<Person> left = proposal.leftOut().stream().map(l -> person(persons, l.studentId())).toList();
        return new Draft(subjectId, sameGender, totals.get().examName(), rows, left, List.of());
    }

    /** Checks an edited draft (nothing is written). */
    @Transactional(readOnly = true)
    Draft check(HezuoUser user, long classId, long subjectId, boolean sameGender, List<Long> a, List<Long> b) {
        SchoolClass schoolClass = classes.requireManage(user, classId);
        people.requireSubject(schoolClass.getSchoolId(), subjectId);
        List<DraftRow> rows = rows(a, b);
        return new Draft(subjectId, sameGender, null, rows, List.of(), problems(schoolClass, rows, sameGender));
    }

    /**
     * Saves the draft as the class's pairs of the subject: pairs already saved stay (with their check-ins), pairs left
     * out end, new ones start. A draft with a problem writes nothing and comes back with its problems.
     */
    @Transactional
    Draft save(HezuoUser user, long classId, long subjectId, boolean sameGender, List<Long> a, List<Long> b) {
        SchoolClass schoolClass = classes.requireManage(user, classId);
        people.requireSubject(schoolClass.getSchoolId(), subjectId);
        List<DraftRow> rows = rows(a, b);
        List<Problem> problems = problems(schoolClass, rows, sameGender);
        if (rows.isEmpty()) {
            problems = List.of(new Problem(0, "mutualhelp.pairs.error.empty", new Object[0]));
        }
        if (!problems.isEmpty()) {
            return new Draft(subjectId, sameGender, null, rows, List.of(), problems);
        }
        Map<Long, MemberRoles> members = members(schoolClass);
        Map<Long, Person> persons = persons(schoolClass.getSchoolId(), classId);
        Map<Long, HelpPair> existing = new HashMap<>();
        pairs.findByClassIdAndSubjectIdAndActiveTrueOrderByGroupNoAscIdAsc(classId, subjectId)
                .forEach(p -> existing.put(PairProposer.key(p.getStudentA(), p.getStudentB()), p));
        int added = 0;
        Set<Long> kept = new HashSet<>();
        for (DraftRow row : rows) {
            long key = PairProposer.key(row.a(), row.b());
            if (existing.containsKey(key)) {
                kept.add(key);
                continue;
            }
            DraftRow ordered = ordered(persons, row.a(), row.b());
            MemberRoles m = members.get(row.a());
            pairs.save(new HelpPair(schoolClass.getSchoolId(), classId, subjectId, m == null ? null : m.groupId(),
                    m == null ? null : m.groupNumber(), ordered.a(), ordered.b(), user.getUsername(), clock.instant()));
            added++;
        }
        int ended = 0;
        for (Map.Entry<Long, HelpPair> e : existing.entrySet()) {
            if (!kept.contains(e.getKey())) {
                e.getValue().end(clock.instant());
                ended++;
            }
        }
        String subject = people.requireSubject(schoolClass.getSchoolId(), subjectId).getName();
        audit.record("UPDATE", "MhPair", classId, AuditText.of("audit.msg.mh.pairsSaved", schoolClass.getName(),
                subject, rows.size(), added, ended));
        return new Draft(subjectId, sameGender, null, rows, List.of(), List.of());
    }

    @Transactional(readOnly = true)
    PairPage pairPage(HezuoUser user, long pairId) {
        HelpPair pair = readable(user, pairId);
        Map<Long, Person> persons = persons(pair.getSchoolId(), pair.getClassId());
        Person partner = null;
        if (user.isStudent()) {
            partner = person(persons, pair.partnerOf(user.studentId()));
        }
        String subject = people.requireSubject(pair.getSchoolId(), pair.getSubjectId()).getName();
        return new PairPage(pair.getId(), pair.getClassId(), subject, person(persons, pair.getStudentA()),
                person(persons, pair.getStudentB()), partner, !user.isStudent(), checkInRows(pair, persons, 100));
    }

    /** The signed-in student's pairs, by subject then partner's 学号 (never by any score). */
    @Transactional(readOnly = true)
    List<MyPair> myPairs(HezuoUser user) {
        Student me = people.requireStudent(user);
        Map<Long, Person> persons = persons(me.getSchoolId(), me.getClassId());
        Map<Long, Subject> subjects = new LinkedHashMap<>();
        people.subjects(me.getSchoolId()).forEach(s -> subjects.put(s.getId(), s));
        List<Long> subjectOrder = new ArrayList<>(subjects.keySet());
        return pairs.activeOf(me.getId()).stream()
                .filter(p -> p.getClassId().equals(me.getClassId()))
                .sorted(Comparator.comparingInt((HelpPair p) -> subjectOrder.indexOf(p.getSubjectId()))
                        .thenComparing(p -> person(persons, p.partnerOf(me.getId())).studentNo()))
                .map(p -> new MyPair(p.getId(), subjects.containsKey(p.getSubjectId())
                        ? subjects.get(p.getSubjectId()).getName() : "", person(persons, p.partnerOf(me.getId())).name(),
                        checkInRows(p, persons, 3)))
                .toList();
    }

    /** A check-in by a partner or a teacher of the class; the same request id twice is one check-in. */
    @Transactional
    long checkIn(HezuoUser user, long pairId, CheckInForm form) {
        HelpPair pair = readable(user, pairId);
        if (!pair.isActive()) {
            throw new RuleViolationException("mutualhelp.pairs.error.ended");
        }
        String requestId = form.requestId() == null ? "" : form.requestId().strip();
        if (requestId.isEmpty() || requestId.length() > 36) {
            throw new RuleViolationException("mutualhelp.error.requestId");
        }
        Optional<PairCheckIn> same = checkIns.findByPairIdAndRequestId(pairId, requestId);
        if (same.isPresent()) {
            return same.get().getId();
        }
        LocalDate today = LocalDate.now(clock);
        if (form.day() == null) {
            throw new RuleViolationException("mutualhelp.pairs.error.day");
        }
        if (form.day().isAfter(today)) {
            throw new RuleViolationException("mutualhelp.pairs.error.dayFuture");
        }
        String content = form.content() == null ? "" : form.content().strip();
        if (content.isEmpty()) {
            throw new RuleViolationException("mutualhelp.pairs.error.contentEmpty");
        }
        if (content.length() > CONTENT_MAX) {
            throw new RuleViolationException("mutualhelp.pairs.error.contentLength", CONTENT_MAX);
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            throw new RuleViolationException("mutualhelp.pairs.error.noteLength", NOTE_MAX);
        }
        PairCheckIn saved = checkIns.save(new PairCheckIn(pair, form.day(), content, note,
                user.isStudent() ? user.studentId() : null, user.getUsername(), requestId, clock.instant()));
        audit.record("CREATE", "MhPairCheckIn", saved.getId(), AuditText.of("audit.msg.mh.pairCheckIn", pair.getId(),
                form.day().toString()));
        return saved.getId();
    }

    /** Teachers who may view the class; students only in the pair. Another school's pair: 404. */
    private HelpPair readable(HezuoUser user, long pairId) {
        HelpPair pair = pairs.findById(pairId).filter(p -> p.getSchoolId() == user.schoolId())
                .orElseThrow(() -> new NotFoundException("pair", pairId));
        if (user.isStudent()) {
            Student me = people.requireStudent(user);
            if (!pair.has(me.getId())) {
                throw new AccessDeniedException("not the student's pair");
            }
        } else {
            classes.requireView(user, pair.getClassId());
        }
        return pair;
    }

    private List<CheckInRow> checkInRows(HelpPair pair, Map<Long, Person> persons, int max) {
        return checkIns.findByPairIdOrderByOnDayDescIdDesc(pair.getId()).stream().limit(max)
                .map(c -> new CheckInRow(c.getId(), c.getOnDay(), c.getContent(), c.getNote(),
                        c.getStudentId() == null ? null : person(persons, c.getStudentId()).name()))
                .toList();
    }

    private List<Problem> problems(SchoolClass schoolClass, List<DraftRow> rows, boolean sameGender) {
        Map<Long, MemberRoles> members = members(schoolClass);
        Map<Long, Student> students = new HashMap<>();
        people.classStudents(schoolClass.getId()).forEach(s -> students.put(s.getId(), s));
        Set<Long> apart = apartKeys(schoolClass.getId());
        Set<Long> used = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DraftRow row = rows.get(i);
            int n = i + 1;
            if (row.a() == null || row.b() == null) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.incomplete", new Object[] {n}));
                continue;
            }
            Student a = students.get(row.a());
            Student b = students.get(row.b());
            if (a == null || b == null) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.notInClass", new Object[] {n}));
                continue;
            }
            if (a.getId().equals(b.getId())) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.self", new Object[] {n, a.getName()}));
                continue;
            }
            for (Student s : List.of(a, b)) {
                if (!used.add(s.getId())) {
                    problems.add(new Problem(n, "mutualhelp.pairs.error.twice", new Object[] {n, s.getName()}));
                }
            }
            MemberRoles ma = members.get(a.getId());
            MemberRoles mb = members.get(b.getId());
            if (ma == null || mb == null || ma.groupId() != mb.groupId()) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.group", new Object[] {n, a.getName(), b.getName()}));
            }
            if (apart.contains(PairProposer.key(a.getId(), b.getId()))) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.apart", new Object[] {n, a.getName(), b.getName()}));
            }
            if (sameGender && (a.getGender() == null || a.getGender() != b.getGender())) {
                problems.add(new Problem(n, "mutualhelp.pairs.error.gender", new Object[] {n, a.getName(), b.getName()}));
            }
        }
        return problems;
    }

    private PairProposer.Allowed rules(long classId, boolean sameGender) {
        return PairProposer.rules(apartKeys(classId), sameGender);
    }

    private Set<Long> apartKeys(long classId) {
        return keepApart.ofClass(classId).stream().map(x -> PairProposer.key(x.low(), x.high()))
                .collect(Collectors.toSet());
    }

    private Map<Long, MemberRoles> members(SchoolClass schoolClass) {
        Map<Long, MemberRoles> members = new HashMap<>();
        people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId())
                .ifPresent(r -> r.members().forEach(m -> members.put(m.studentId(), m)));
        return members;
    }

    /** The class's students in 学号 order with this week's group number. */
    private Map<Long, Person> persons(long schoolId, long classId) {
        Map<Long, Integer> groupOf = new HashMap<>();
        people.rolesThisWeek(schoolId, classId).ifPresent(r -> r.members()
                .forEach(m -> groupOf.put(m.studentId(), m.groupNumber())));
        Map<Long, Person> persons = new LinkedHashMap<>();
        for (Student s : people.classStudents(classId)) {
            persons.put(s.getId(), new Person(s.getId(), s.getStudentNo(), s.getName(), groupOf.get(s.getId())));
        }
        return persons;
    }

    private static Person person(Map<Long, Person> persons, long id) {
        Person p = persons.get(id);
        return p != null ? p : new Person(id, "", "—", null);
    }

    private static DraftRow ordered(Map<Long, Person> persons, long x, long y) {
        return person(persons, x).studentNo().compareTo(person(persons, y).studentNo()) <= 0
                ? new DraftRow(x, y) : new DraftRow(y, x);
    }

    /** Rows from the form's two lists; a row with neither student is dropped (the empty "add" row). */
    private static List<DraftRow> rows(List<Long> a, List<Long> b) {
        List<Long> left = a == null ? List.of() : a;
        List<Long> right = b == null ? List.of() : b;
        List<DraftRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            Long x = i < left.size() ? left.get(i) : null;
            Long y = i < right.size() ? right.get(i) : null;
            if (x != null || y != null) {
                rows.add(new DraftRow(x, y));
            }
        }
        return rows;
    }

    static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}
