package cn.hezuo.demo;

import cn.hezuo.account.Account;
import cn.hezuo.account.AccountRepository;
import cn.hezuo.account.HezuoUser;
import cn.hezuo.calling.CallingMode;
import cn.hezuo.calling.CallingService;
import cn.hezuo.calling.DrawResult;
import cn.hezuo.calling.FairnessWindow;
import cn.hezuo.group.GroupMember;
import cn.hezuo.group.GroupMemberRepository;
import cn.hezuo.group.GroupPlan;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroup;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.peereval.PeerEntryService;
import cn.hezuo.peereval.PeerRound;
import cn.hezuo.peereval.PeerRoundRepository;
import cn.hezuo.peereval.PeerRoundService;
import cn.hezuo.peereval.RoundForm;
import cn.hezuo.peereval.Scores;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.teacher.TeacherRepository;
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

    private final SchoolClassRepository classes;
    private final AccountRepository accounts;
    private final TeacherRepository teachers;
    private final StudentRepository students;
    private final GroupPlanRepository plans;
    private final StudyGroupRepository groups;
    private final GroupMemberRepository members;
    private final CallingService calling;
    private final PeerRoundService rounds;
    private final PeerRoundRepository roundRepository;
    private final PeerEntryService entries;
    private final Clock clock;

    DemoCallingAndPeerEvaluation(SchoolClassRepository classes, AccountRepository accounts, TeacherRepository teachers,
                                 StudentRepository students, GroupPlanRepository plans, StudyGroupRepository groups,
                                 GroupMemberRepository members, CallingService calling, PeerRoundService rounds,
                                 PeerRoundRepository roundRepository, PeerEntryService entries, Clock clock) {
        this.classes = classes;
        this.accounts = accounts;
        this.teachers = teachers;
        this.students = students;
        this.plans = plans;
        this.groups = groups;
        this.members = members;
        this.calling = calling;
        this.rounds = rounds;
        this.roundRepository = roundRepository;
        this.entries = entries;
        this.clock = clock;
    }

    void load(long schoolId) {
        SchoolClass schoolClass = classes.findBySchoolIdOrderByGradeIdAscNameAsc(schoolId).stream()
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
        GroupPlan plan = plans.findByClassIdAndActiveTrue(schoolClass.getId()).orElseThrow();
        Map<Integer, List<GroupMember>> byGroup = new LinkedHashMap<>();
        for (StudyGroup group : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
            byGroup.put(group.getNumber(), members.findByGroupIdOrderByMemberNoAsc(group.getId()));
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
        }
        rounds.close(head, round.getId(), roundRepository.findById(round.getId()).orElseThrow().getVersion());
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
        Account account = accounts.findByUsername(username).orElseThrow();
        long teacherId = teachers.findByAccountId(account.getId()).orElseThrow().getId();
        return new HezuoUser(account.getId(), account.getSchoolId(), username, account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), teacherId, null, true, false);
    }

    private HezuoUser student(long studentId) {
        Student student = students.findById(studentId).orElseThrow();
        Account account = accounts.findById(student.getAccountId()).orElseThrow();
        return new HezuoUser(account.getId(), account.getSchoolId(), account.getUsername(), account.getPasswordHash(),
                account.getDisplayName(), account.getRole(), null, studentId, true, false);
    }
}
