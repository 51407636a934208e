package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountDirectory;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.calling.CallingMode;
import cn.hezuo.calling.CallingService;
import cn.hezuo.calling.DrawResult;
import cn.hezuo.calling.FairnessWindow;
import cn.hezuo.group.GroupDirectory;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.peereval.PeerEntryService;
import cn.hezuo.peereval.PeerRound;
import cn.hezuo.peereval.PeerRoundService;
import cn.hezuo.peereval.RoundForm;
import cn.hezuo.peereval.Scores;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentDirectory;
import cn.hezuo.school.ClassDirectory;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.teacher.TeacherDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Demo data for 七年级1班: a few random calls by its math teacher (one passed) and one CLOSED self/peer evaluation
 * round with ratings from every student, made through the same services teachers and students use. Group 2's
 * member 2 is rated low by peers and group 3 all rate themselves 5, so the teacher's flags have something to show.
 */
@Component
class DemoCallingAndPeerEvaluation {

    static final String ROUND_NAME = "第一次同伴互评";
    private static final List<String> COMMENTS = List.of("认真完成任务", "讨论时很积极", "愿意帮助组员", "发言声音可以再大一点",
            "能认真听别人说", "");

    private final ClassDirectory classes;
    private final AccountDirectory accounts;
    private final TeacherDirectory teachers;
    private final StudentDirectory students;
    private final GroupDirectory groups;
    private final CallingService calling;
    private final PeerRoundService rounds;
    private final PeerEntryService entries;
    private final Clock clock;

    /** Emptied between the records of a loop: see {@link PersistenceContextReset} (the loops pass ids only). */
    @org.springframework.beans.factory.annotation.Autowired
    private PersistenceContextReset reset;

    DemoCallingAndPeerEvaluation(ClassDirectory classes, AccountDirectory accounts, TeacherDirectory teachers,
                                 StudentDirectory students, GroupDirectory groups, CallingService calling, PeerRoundService rounds,
                                 PeerEntryService entries, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.teachers = teachers;
        this.students = students;
        this.groups = groups;
        this.calling = calling;
        this.rounds = rounds;
        this.entries = entries;
        this.clock = clock;
    }

    void load(long schoolId) {
        SchoolClass schoolClass = classes.ofSchool(schoolId).stream()
                .filter(c -> c.getName().equals(DemoSchool.className(0, 1))).findFirst().orElseThrow();
        Random random = new Random(DemoSchool.SEED);
        loadCalls(schoolClass);
        loadRound(schoolClass, random);
    }

    private void loadCalls(SchoolClass schoolClass) {
        HezuoUser math = teacher(DemoSchool.mathUsername(0, 1));
        long classId = schoolClass.getId();
        calling.startLesson(math, classId, FairnessWindow.LESSON);
        int n = 0;
        for (CallingMode mode : List.of(CallingMode.NUMBER, CallingMode.STUDENT, CallingMode.NUMBER, CallingMode.GROUP,
                CallingMode.STUDENT, CallingMode.MEMBER)) {
            DrawResult result = calling.draw(math, classId, mode, mode == CallingMode.MEMBER ? 1 : null, "demo-" + n++);
            if (n == 2) {
                calling.pass(math, classId, result.draw().getId());
            }
        }
    }

    private void loadRound(SchoolClass schoolClass, Random random) {
        HezuoUser head = teacher(DemoSchool.headUsername(0, 1));
        LocalDate today = LocalDate.now(clock);
        PeerRound round = rounds.open(head, schoolClass.getId(), new RoundForm(ROUND_NAME, today.minusDays(14),
                today.minusDays(7)));
        GroupPlan plan = groups.activePlanOf(schoolClass.getId()).orElseThrow();
        Map<Integer, List<GroupMember>> byGroup = new LinkedHashMap<>();
        for (StudyGroup group : groups.groupsOf(plan.getId())) {
            byGroup.put(group.getNumber(), groups.membersOfGroup(group.getId()));
        }
        for (Map.Entry<Integer, List<GroupMember>> group : byGroup.entrySet()) {
            for (GroupMember rater : group.getValue()) {
                Map<Long, Scores> scores = new LinkedHashMap<>();
                Map<Long, String> comments = new HashMap<>();
                for (GroupMember ratee : group.getValue()) {
                    boolean self = rater.getStudentId().equals(ratee.getStudentId());
                    boolean lowRated = group.getKey() == 2 && ratee.getMemberNo() == 2 && !self;
                    scores.put(ratee.getStudentId(), self && group.getKey() == 3 ? new Scores(5, 5, 5, 5)
                            : lowRated ? new Scores(2, 2, 3, 2) : scores(random));
                    comments.put(ratee.getStudentId(), self ? null : COMMENTS.get(random.nextInt(COMMENTS.size())));
                }
                entries.rate(student(rater.getStudentId()), round.getId(), scores, comments);
            }
            // One member submits the group's ratings of every presentation.
            Map<Integer, Integer> groupScores = new LinkedHashMap<>();
            byGroup.keySet().forEach(g -> groupScores.put(g, 3 + random.nextInt(3)));
            entries.rateGroups(student(group.getValue().get(0).getStudentId()), round.getId(), groupScores, Map.of());
            reset.flushAndClear();
        }
        rounds.close(head, round.getId(), rounds.require(head, round.getId()).getVersion());
    }

    private static Scores scores(Random random) {
        return new Scores(value(random), value(random), value(random), value(random));
    }

    /** Mostly 4s and 5s, sometimes a 3: how children rate friends. */
    private static int value(Random random) {
        int r = random.nextInt(10);
        return r < 2 ? 3 : r < 6 ? 4 : 5;
    }

    private HezuoUser teacher(String username) {
        Account account = accounts.byUsername(username).orElseThrow();
        long teacherId = teachers.byAccount(account.getId()).orElseThrow().getId();
        return new HezuoUser(account.getId(), account.getSchoolId(), username, account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), teacherId, null, true, false);
    }

    private HezuoUser student(long studentId) {
        Student student = students.find(studentId).orElseThrow();
        Account account = accounts.find(student.getAccountId()).orElseThrow();
        return new HezuoUser(account.getId(), account.getSchoolId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), null, studentId, true, false);
    }
}
