package cn.hezuo.mutualhelp.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.roles.AssignedRole;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.RoleScheme;
import cn.hezuo.group.roles.RoleSchemeService;
import cn.hezuo.group.roles.SchemeKind;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.NotFoundException;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rules of the question pipeline, one test each, on the demo school's 八年级3班 switched to the leadership scheme
 * (so every group has a 数学学科组长). Each test opens a lesson of its own.
 */
@HezuoTest
class MutualHelpPipelineTest {

    @Autowired PipelineService pipeline;
    @Autowired ReflectionService reflections;
    @Autowired LessonService lessons;
    @Autowired QuestionSeeds seeds;
    @Autowired People people;
    @Autowired RoleSchemeService schemes;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private long math;
    private long lessonId;
    private List<MemberRoles> group1;
    private List<MemberRoles> group2;
    private MemberRoles rep;

    @BeforeEach
    void leadershipSchemeAndALessonOfItsOwn() {
        head = (HezuoUser) users.loadUserByUsername("head0803");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst().orElseThrow();
        schemes.updateScheme(head, schoolClass.getId(), SchemeKind.LEADERSHIP, "组织者", 1, null);
        math = people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals("数学")).findFirst()
                .orElseThrow().getId();
        WeekRoles roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
        group1 = roles.byGroup().get(1);
        group2 = roles.byGroup().get(2);
        rep = roles.byGroup().get(3).get(0);
        seeds.rep(schoolClass.getSchoolId(), schoolClass.getId(), math, rep.studentId());
        lessonId = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "测试学案-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(2)));
    }

    @AfterEach
    void rotatingAgain() {
        schemes.updateScheme(head, schoolClass.getId(), SchemeKind.ROTATING, String.join("、", RoleScheme.DEFAULT_ROLES),
                1, null);
    }

    @Test
    void theMathSubjectLeaderCollectsTheGroupsMathQuestionsAndNobodyElseOfTheGroupMay() {
        MemberRoles leader = mathLeader(group1);
        assertThat(pipeline.groupPage(as(leader), lessonId).groupNo()).isEqualTo(1);
        for (MemberRoles other : group1) {
            if (other.studentId() != leader.studentId()) {
                assertThatThrownBy(() -> pipeline.groupPage(as(other), lessonId)).isInstanceOf(AccessDeniedException.class);
            }
        }
        // The student's page offers the link to the leader only.
        assertThat(pipeline.myPage(as(leader)).lessons()).filteredOn(l -> l.id() == lessonId)
                .singleElement().extracting(PipelineService.MyLesson::collector).isEqualTo(true);
    }

    @Test
    void mergedDuplicatesCountOnceAndTopicsRankByGroupsThenStudentsThenWhoAskedFirst() {
        long a = ask(group1.get(0), "负数去括号总出错");
        long a2 = ask(group1.get(1), "括号前是负号怎么去括号");
        long b = ask(group1.get(2), "整式的次数怎么算");
        long a3 = ask(group2.get(0), "去括号变号不懂");
        long c = ask(group2.get(1), "系数是分数怎么合并");
        long c2 = ask(group2.get(2), "分数系数合并同类项");
        pipeline.mergeInGroup(as(mathLeader(group1)), lessonId, a2, a);
        pipeline.mergeInGroup(as(mathLeader(group2)), lessonId, c2, c);
        pipeline.mergeInClass(as(rep), lessonId, a3, a);

        List<Topics.Topic> topics = lessons.digest(head, lessonId).topics();
        assertThat(topics).extracting(t -> t.root().getId()).containsExactly(a, c, b);
        assertThat(topics).extracting(Topics.Topic::groups).containsExactly(2, 1, 1);
        assertThat(topics).extracting(Topics.Topic::students).containsExactly(3, 2, 1);
        // The original wording stays one click away: every question of the topic, not just the merged-into one.
        assertThat(topics.get(0).questions()).extracting(Question::getBody)
                .containsExactlyInAnyOrder("负数去括号总出错", "括号前是负号怎么去括号", "去括号变号不懂");
        // The 课代表 sees the same order and group counts.
        assertThat(pipeline.classPage(as(rep), lessonId).topics()).extracting(PipelineService.RepTopic::groups)
                .containsExactly(2, 1, 1);
    }

    @Test
    void mergingIntoAQuestionThatWasItselfMergedKeepsOneLevelAndSplittingUndoesIt() {
        long a = ask(group1.get(0), "问题甲");
        long b = ask(group1.get(1), "问题乙");
        long c = ask(group1.get(2), "问题丙");
        HezuoUser leader = as(mathLeader(group1));
        pipeline.mergeInGroup(leader, lessonId, b, a);
        assertThatThrownBy(() -> pipeline.mergeInGroup(leader, lessonId, c, b)).isInstanceOf(RuleViolationException.class);
        // Merging the root elsewhere carries its duplicates along.
        pipeline.mergeInGroup(leader, lessonId, a, c);
        assertThat(pipeline.groupPage(leader, lessonId).items()).singleElement()
                .satisfies(i -> assertThat(i.questions()).hasSize(3));
        pipeline.mergeInGroup(leader, lessonId, b, null);
        assertThat(pipeline.groupPage(leader, lessonId).items()).hasSize(2);
    }

    @Test
    void aLeaderCannotMergeAnotherGroupsQuestion() {
        long mine = ask(group1.get(0), "本组的问题");
        long theirs = ask(group2.get(0), "别组的问题");
        assertThatThrownBy(() -> pipeline.mergeInGroup(as(mathLeader(group1)), lessonId, theirs, mine))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aQuestionTheGroupSolvedItselfLeavesTheTopicsAndTheTeacherSeesHow() {
        long solved = ask(group1.get(0), "自己解决了的问题");
        long open = ask(group1.get(1), "还没解决的问题");
        HezuoUser leader = as(mathLeader(group1));
        assertThatThrownBy(() -> pipeline.selfSolved(leader, lessonId, solved, true, " "))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey()).isEqualTo("mutualhelp.error.howEmpty");
        pipeline.selfSolved(leader, lessonId, solved, true, "看课本例题2");
        LessonService.Digest digest = lessons.digest(head, lessonId);
        assertThat(digest.topics()).extracting(t -> t.root().getId()).containsExactly(open);
        assertThat(digest.selfSolved()).singleElement().satisfies(i -> {
            assertThat(i.root().getId()).isEqualTo(solved);
            assertThat(i.root().getSolvedHow()).isEqualTo("看课本例题2");
        });
        assertThat(myQuestion(group1.get(0), solved).selfSolved()).isTrue();
    }

    @Test
    void aLateGroupNeverBlocksTheRepresentativeOrTheTeacher() {
        long q = ask(group2.get(0), "没有人提交也要看到");
        // No group has submitted, the deadlines are far away: the 课代表 still sees and submits, the teacher reads.
        PipelineService.ClassPage page = pipeline.classPage(as(rep), lessonId);
        assertThat(page.groups()).allSatisfy(g -> assertThat(g.submittedAt()).isNull());
        assertThat(page.topics()).extracting(t -> t.root().id()).containsExactly(q);
        pipeline.submitClass(as(rep), lessonId);
        assertThat(lessons.digest(head, lessonId).topics()).extracting(t -> t.root().getId()).containsExactly(q);
        assertThat(lessons.digest(head, lessonId).lesson().getClassSubmittedAt()).isNotNull();
    }

    @Test
    void onlyTheSubjectsRepresentativeOpensTheClassList() {
        assertThatThrownBy(() -> pipeline.classPage(as(group1.get(0)), lessonId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pipeline.submitClass(as(mathLeader(group1)), lessonId))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sendingTheSameFormTwiceSavesOneQuestion() {
        String requestId = UUID.randomUUID().toString();
        long first = pipeline.ask(as(group1.get(0)), lessonId, "点了两次", null, null, requestId);
        long second = pipeline.ask(as(group1.get(0)), lessonId, "点了两次", null, null, requestId);
        assertThat(second).isEqualTo(first);
        assertThat(lessons.digest(head, lessonId).topics()).hasSize(1);
    }

    @Test
    void badInputIsRefusedWithAMessageNamingTheField() {
        HezuoUser student = as(group1.get(0));
        assertThat(refusal(() -> pipeline.ask(student, lessonId, "  ", null, null, rid()))).isEqualTo("mutualhelp.error.bodyEmpty");
        assertThat(refusal(() -> pipeline.ask(student, lessonId, "问".repeat(501), null, null, rid())))
                .isEqualTo("mutualhelp.error.bodyLength");
        assertThat(refusal(() -> pipeline.ask(student, lessonId, "问题", "不存在的知识点", null, rid())))
                .isEqualTo("mutualhelp.error.knowledgePoint");
        assertThat(refusal(() -> pipeline.ask(student, lessonId, "问题", null, "<html>not an image".getBytes(), rid())))
                .isEqualTo("mutualhelp.error.photoType");
        byte[] big = new byte[PhotoStore.MAX_BYTES + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertThat(refusal(() -> pipeline.ask(student, lessonId, "问题", null, big, rid()))).isEqualTo("mutualhelp.error.photoSize");
        assertThat(lessons.digest(head, lessonId).topics()).isEmpty();
    }

    @Test
    void aKnowledgePointOfTheSubjectIsKeptAndCountedInTheDigest() {
        List<String> points = people.knowledgePoints(schoolClass.getSchoolId(), math);
        assertThat(points).isNotEmpty();
        pipeline.ask(as(group1.get(0)), lessonId, "知识点问题", points.get(0), null, rid());
        assertThat(lessons.digest(head, lessonId).byKnowledgePoint()).containsOnlyKeys(points.get(0));
    }

    @Test
    void askingClosesWhenTheLessonStartsButTheTeacherStillMarksOutcomes() {
        long q = ask(group1.get(0), "上课前问的");
        long started = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "已开始的课",
                Instant.now().minus(Duration.ofMinutes(5)));
        assertThat(refusal(() -> pipeline.ask(as(group1.get(0)), started, "太晚了", null, null, rid())))
                .isEqualTo("mutualhelp.error.lessonStarted");
        lessons.decide(head, lessonId, q, Question.Outcome.TUTORING);
        assertThat(myQuestion(group1.get(0), q).outcome()).isEqualTo(Question.Outcome.TUTORING);
    }

    @Test
    void theOutcomeOfATopicReachesEveryAskerMergedIntoIt() {
        long a = ask(group1.get(0), "同一个问题");
        long b = ask(group2.get(0), "同一个问题（别组）");
        pipeline.mergeInClass(as(rep), lessonId, b, a);
        lessons.decide(head, lessonId, a, Question.Outcome.IN_CLASS);
        assertThat(myQuestion(group2.get(0), b).outcome()).isEqualTo(Question.Outcome.IN_CLASS);
    }

    @Test
    void aStudentOfAnotherClassCannotAskIntoTheLesson() {
        HezuoUser stranger = (HezuoUser) users.loadUserByUsername("070101");
        assertThatThrownBy(() -> pipeline.ask(stranger, lessonId, "别班的问题", null, null, rid()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyTheHeadTeacherNamesTheRepresentative() {
        HezuoUser mathTeacher = (HezuoUser) users.loadUserByUsername("math0803");
        assertThatThrownBy(() -> lessons.assignRep(mathTeacher, schoolClass.getId(), math, rep.studentId()))
                .isInstanceOf(AccessDeniedException.class);
        lessons.assignRep(head, schoolClass.getId(), math, group1.get(0).studentId());
        assertThat(pipeline.classPage(as(group1.get(0)), lessonId)).isNotNull();
        assertThatThrownBy(() -> pipeline.classPage(as(rep), lessonId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void markingAQuestionThatIsNotATopicIsNotFound() {
        long a = ask(group1.get(0), "主题");
        long b = ask(group1.get(1), "重复");
        pipeline.mergeInGroup(as(mathLeader(group1)), lessonId, b, a);
        assertThatThrownBy(() -> lessons.decide(head, lessonId, b, Question.Outcome.RESOLVED))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatIsStillUnclearAfterClassBecomesAQuestionOfTheNextLessonAndFollowsEdits() {
        long next = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "下一课-" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(4)));
        reflections.open(head, lessonId, next);
        MemberRoles student = group1.get(0);
        reflections.answer(as(student), lessonId, "学会了合并同类项", "分数系数还不会", "问组长");
        List<Question> inNext = lessons.digest(head, next).topics().stream().map(Topics.Topic::root).toList();
        assertThat(inNext).singleElement().satisfies(q -> {
            assertThat(q.getBody()).isEqualTo("分数系数还不会");
            assertThat(q.getSource()).isEqualTo(Question.Source.REFLECTION);
            assertThat(q.getStudentId()).isEqualTo(student.studentId());
        });
        // Answering again edits, never duplicates.
        reflections.answer(as(student), lessonId, "学会了合并同类项", "分数系数的符号还不会", null);
        assertThat(lessons.digest(head, next).topics()).singleElement()
                .satisfies(t -> assertThat(t.root().getBody()).isEqualTo("分数系数的符号还不会"));
        ReflectionService.TeacherView view = reflections.teacherView(head, lessonId);
        assertThat(view.answers()).singleElement().satisfies(a -> {
            assertThat(a.getGains()).isEqualTo("学会了合并同类项");
            assertThat(a.getPlan()).isNull();
        });
        // The student sees their answers again on their page.
        assertThat(pipeline.myPage(as(student)).lessons()).filteredOn(l -> l.id() == lessonId).singleElement()
                .satisfies(l -> assertThat(l.reflection().unclear()).isEqualTo("分数系数的符号还不会"));
    }

    @Test
    void threeThoughtsRefuseBadInputAndOnlyOpenForTheLessonAndClass() {
        MemberRoles student = group1.get(0);
        assertThat(refusal(() -> reflections.answer(as(student), lessonId, "收获", null, null)))
                .isEqualTo("mutualhelp.error.reflectionClosed");
        reflections.open(head, lessonId, null);
        assertThat(refusal(() -> reflections.answer(as(student), lessonId, " ", "不明白", null)))
                .isEqualTo("mutualhelp.error.gainsEmpty");
        assertThat(refusal(() -> reflections.answer(as(student), lessonId, "收获", "问".repeat(301), null)))
                .isEqualTo("mutualhelp.error.unclearLength");
        assertThatThrownBy(() -> reflections.answer((HezuoUser) users.loadUserByUsername("070101"), lessonId, "收获",
                null, null)).isInstanceOf(NotFoundException.class);
        // A lesson that has started, or of another subject, cannot receive the unclear questions.
        long started = seeds.lesson(schoolClass.getSchoolId(), schoolClass.getId(), math, "已开始",
                Instant.now().minus(Duration.ofMinutes(1)));
        assertThat(refusal(() -> reflections.open(head, lessonId, started))).isEqualTo("mutualhelp.error.nextLesson");
        // Without a next lesson nothing flows anywhere, and nothing is lost: the answer is kept.
        reflections.answer(as(student), lessonId, "收获", "还不明白的", null);
        assertThat(reflections.teacherView(head, lessonId).answers()).singleElement()
                .satisfies(a -> assertThat(a.getQuestionId()).isNull());
    }

    private MemberRoles mathLeader(List<MemberRoles> group) {
        return group.stream().filter(m -> m.roles().stream().anyMatch(r -> r.kind() == AssignedRole.Kind.SUBJECT_LEADER
                && Long.valueOf(math).equals(r.subjectId()))).findFirst().orElseThrow();
    }

    private long ask(MemberRoles student, String body) {
        return pipeline.ask(as(student), lessonId, body, null, null, rid());
    }

    private PipelineService.MyQuestion myQuestion(MemberRoles student, long questionId) {
        return pipeline.myPage(as(student)).lessons().stream().flatMap(l -> l.mine().stream())
                .filter(q -> q.id() == questionId).findFirst().orElseThrow();
    }

    private HezuoUser as(MemberRoles member) {
        return (HezuoUser) users.loadUserByUsername(people.student(member.studentId()).orElseThrow().getStudentNo());
    }

    private static String rid() {
        return UUID.randomUUID().toString();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("not refused");
    }
}
