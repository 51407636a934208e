package cn.hezuo.mutualhelp.board;

import cn.hezuo.audit.AuditText;
import cn.hezuo.audit.AuditTrail;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.mutualhelp.questions.PhotoStore;
import cn.hezuo.roster.Student;
import cn.hezuo.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes board rows without a signed-in person: the demo school's boards and the rows tests start from. Audited as
 * "system" (the demo writes one line per class). Not used by any page.
 */
@Component
public class BoardSeeds {

    private final BoardQuestionRepository questions;
    private final BoardAnswerRepository answers;
    private final BoardMeTooRepository meToos;
    private final BoardHomeworkRepository homework;
    private final BoardSettings settings;
    private final PhotoStore photos;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    BoardSeeds(BoardQuestionRepository questions, BoardAnswerRepository answers, BoardMeTooRepository meToos,
               BoardHomeworkRepository homework, BoardSettings settings, PhotoStore photos,
               People people, AuditTrail audit, Clock clock) {
        this.photos = photos;
        this.questions = questions;
        this.answers = answers;
        this.meToos = meToos;
        this.homework = homework;
        this.settings = settings;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Homework of a class and subject due at {@code dueAt}. */
    @Transactional
    public long homework(long schoolId, long classId, long subjectId, String title, Instant dueAt) {
        long id = homework.save(new BoardHomework(schoolId, classId, subjectId, title, dueAt, "system",
                clock.instant())).getId();
        audit.record(schoolId, "system", "CREATE", "MhBoardHomework", id, AuditText.of("audit.msg.mh.boardHomework",
                classId, title));
        return id;
    }

    /** A question by a student of the class (placed in their group of this week), optionally tied to homework. */
    @Transactional
    public long question(long subjectId, long studentId, String body, String knowledgePoint, Long homeworkId,
                         Instant at) {
        return question(subjectId, studentId, body, knowledgePoint, homeworkId, at, null);
    }

    /** The same with a photo (checked and re-encoded like an uploaded one). */
    @Transactional
    public long question(long subjectId, long studentId, String body, String knowledgePoint, Long homeworkId,
                         Instant at, byte[] photo) {
        long id = save(subjectId, studentId, body, knowledgePoint, homeworkId, at, photo);
        Student s = people.student(studentId).orElseThrow();
        audit.record(s.getSchoolId(), "system", "CREATE", "MhBoardQuestion", id, AuditText.of(
                "audit.msg.mh.boardAsked", s.getStudentNo(), s.getClassId(), subjectId));
        return id;
    }

    /** A student's answer (a null student: a teacher's answer in the class's name). */
    @Transactional
    public long answer(long questionId, Long studentId, String body, Instant at) {
        long id = saveAnswer(questionId, studentId, body, at);
        BoardQuestion q = questions.findById(questionId).orElseThrow();
        audit.record(q.getSchoolId(), "system", "CREATE", "MhBoardAnswer", id, AuditText.of(
                "audit.msg.mh.boardAnswered", questionId));
        return id;
    }

    /** The class's switches (anonymous asking, points for accepted answers). */
    @Transactional
    public void settings(long schoolId, long classId, boolean anonymousAllowed, boolean awardPoints) {
        settings.save(schoolId, classId, anonymousAllowed, awardPoints, "system");
        audit.record(schoolId, "system", "UPDATE", "MhBoardSetting", classId, AuditText.of(
                "audit.msg.mh.boardSettings", classId, anonymousAllowed ? 1 : 0, awardPoints ? 1 : 0));
    }

    /**
     * The demo class's 数学 board: an answered question (a group-mate's and a classmate's answer, one accepted by the
     * asker, two “我也有这个问题”), a pinned question the teacher answered in the class's name, a homework question
     * whose two answers are held until tomorrow morning, and two open ones (one older than a day).
     */
    @Transactional
    public void demo(long schoolId, long classId, long mathId) {
        WeekRoles roles = people.rolesThisWeek(schoolId, classId).orElse(null);
        if (roles == null) {
            return;
        }
        List<List<MemberRoles>> groups = new ArrayList<>(roles.byGroup().values());
        if (groups.size() < 3 || groups.stream().limit(3).anyMatch(g -> g.size() < 3)) {
            return;
        }
        List<String> points = people.knowledgePoints(schoolId, mathId);
        String point = points.isEmpty() ? null : points.get(0);
        Instant now = clock.instant();
        List<MemberRoles> g1 = groups.get(0);
        List<MemberRoles> g2 = groups.get(1);
        List<MemberRoles> g3 = groups.get(2);

        long answered = save(mathId, g1.get(1).studentId(), "解方程 3(x-2)=2x+1 时，去括号后移项为什么 -6 要变成 +6？",
                point, null, now.minus(Duration.ofHours(30)));
        saveAnswer(answered, g1.get(2).studentId(), "移项就是等式两边同时加 6，所以到另一边符号变了。",
                now.minus(Duration.ofHours(29)));
        long accepted = saveAnswer(answered, g2.get(0).studentId(),
                "等式两边同时加上 6，左边的 -6 就没了，右边多出 +6：3x = 2x + 7，再两边减 2x 得 x = 7。",
                now.minus(Duration.ofHours(28)));
        BoardAnswer a = answers.findById(accepted).orElseThrow();
        a.accept(true, "system");
        questions.findById(answered).orElseThrow().accept(accepted);
        meToo(answered, g2.get(1).studentId());
        meToo(answered, g3.get(0).studentId());

        long pinned = save(mathId, g2.get(2).studentId(), "“合并同类项”时，字母相同但次数不同的项能合并吗？", point, null,
                now.minus(Duration.ofHours(20)));
        saveAnswer(pinned, null, "不能。同类项要求所含字母相同，并且相同字母的指数也相同，例如 3x² 和 5x 不是同类项。",
                now.minus(Duration.ofHours(19)));
        questions.findById(pinned).orElseThrow().pin(true);

        LocalDate today = LocalDate.now(clock);
        Instant due = today.plusDays(1).atTime(LocalTime.of(7, 30)).atZone(clock.getZone()).toInstant();
        long hw = homework.save(new BoardHomework(schoolId, classId, mathId, "练习册 P12 第 5 题", due, "system",
                now.minus(Duration.ofHours(6)))).getId();
        long held = save(mathId, g3.get(1).studentId(), "练习册 P12 第 5 题：x/2 - (x-1)/3 = 1 去分母时 1 要不要乘 6？",
                null, hw, now.minus(Duration.ofHours(5)));
        saveAnswer(held, g3.get(2).studentId(), "要，两边每一项都乘 6，右边的 1 变成 6。", now.minus(Duration.ofHours(4)));
        saveAnswer(held, g1.get(0).studentId(), "等号右边的 1 也要乘 6，不然等式就不成立了。", now.minus(Duration.ofHours(3)));

        save(mathId, g1.get(2).studentId(), "应用题里“比原计划多 20%”应该怎么设未知数？", null, null,
                now.minus(Duration.ofHours(40)));
        save(mathId, g2.get(1).studentId(), "检验方程的解时，代入原方程还是代入变形后的方程？", point, null,
                now.minus(Duration.ofHours(2)));
        audit.record(schoolId, "system", "DEMO_LOAD", "MhBoardQuestion", answered,
                AuditText.of("audit.msg.mh.boardDemo", classId));
    }

    private long save(long subjectId, long studentId, String body, String knowledgePoint, Long homeworkId, Instant at) {
        return save(subjectId, studentId, body, knowledgePoint, homeworkId, at, null);
    }

    private long save(long subjectId, long studentId, String body, String knowledgePoint, Long homeworkId, Instant at,
                      byte[] photo) {
        Student s = people.student(studentId).orElseThrow(() -> new NotFoundException("student", studentId));
        var placement = people.placement(s);
        Instant heldUntil = homeworkId == null ? null : homework.findById(homeworkId).orElseThrow().getDueAt();
        return questions.save(new BoardQuestion(s.getSchoolId(), s.getClassId(), subjectId, studentId,
                placement.map(People.Placement::groupId).orElse(null), placement.map(People.Placement::groupNo).orElse(null),
                UUID.randomUUID().toString(), new BoardQuestion.Content(body, knowledgePoint,
                photo == null ? null : photos.save(s.getSchoolId(), photo), homeworkId, heldUntil,
                false), at)).getId();
    }

    private long saveAnswer(long questionId, Long studentId, String body, Instant at) {
        BoardQuestion q = questions.findById(questionId).orElseThrow();
        String author = studentId == null ? "system" : "student-" + studentId;
        BoardAnswer a = answers.save(new BoardAnswer(q.getSchoolId(), questionId, studentId, author, studentId == null,
                UUID.randomUUID().toString(), body, at));
        q.answered(at);
        return a.getId();
    }

    private void meToo(long questionId, long studentId) {
        BoardQuestion q = questions.findById(questionId).orElseThrow();
        meToos.save(new BoardMeToo(q.getSchoolId(), questionId, studentId, clock.instant()));
        q.meToo();
    }
}
