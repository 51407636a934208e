package cn.hezuo.mutualhelp.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.PointSums;
import cn.hezuo.group.roles.MemberRoles;
import cn.hezuo.group.roles.WeekRoles;
import cn.hezuo.mutualhelp.People;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The rules of 互助答疑, one test each, on the demo school's 八年级1班 (its 数学 board; the report test uses 英语, which
 * the demo leaves empty). Each test posts questions of its own.
 */
@HezuoTest
class MutualHelpBoardTest {

    @Autowired BoardService board;
    @Autowired BoardViews views;
    @Autowired BoardModeration moderation;
    @Autowired BoardSettings settings;
    @Autowired BoardReport report;
    @Autowired BoardSeeds seeds;
    @Autowired People people;
    @Autowired PointSums pointSums;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser head;
    private SchoolClass schoolClass;
    private long math;
    private List<MemberRoles> group1;
    private List<MemberRoles> group2;

    @BeforeEach
    void theClass() {
        head = (HezuoUser) users.loadUserByUsername("head0801");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级1班")).findFirst().orElseThrow();
        math = subject("数学");
        WeekRoles roles = people.rolesThisWeek(schoolClass.getSchoolId(), schoolClass.getId()).orElseThrow();
        group1 = roles.byGroup().get(1);
        group2 = roles.byGroup().get(2);
        settings.update(head, schoolClass.getId(), false, false);
    }

    @Test
    void aStudentAsksAGroupMateAndAClassmateAnswerAndTheAskerAcceptsOne() {
        long q = ask(group1.get(0), "一元一次方程怎么检验？" + UUID.randomUUID());
        long mate = answer(group1.get(1), q, "把解代入原方程，左右两边相等就对。");
        long classmate = answer(group2.get(0), q, "代入原方程，不要代入变形后的方程。");
        board.accept(as(group1.get(0)), mate, true);
        board.accept(as(group1.get(0)), classmate, true);

        BoardViews.QuestionPage page = views.question(as(group2.get(1)), q);
        assertThat(page.answers()).extracting(BoardViews.AnswerRow::id, BoardViews.AnswerRow::accepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(mate, false),
                        org.assertj.core.groups.Tuple.tuple(classmate, true));
        assertThat(page.card().accepted()).isTrue();
        assertThat(page.card().answers()).isEqualTo(2);
        // Another classmate may not accept; the asker may not accept their own answer.
        assertThatThrownBy(() -> board.accept(as(group2.get(1)), mate, true)).isInstanceOf(AccessDeniedException.class);
        long own = answer(group1.get(0), q, "我自己想通了一半");
        assertThat(refusal(() -> board.accept(as(group1.get(0)), own, true))).isEqualTo("mutualhelp.board.error.acceptOwn");
    }

    @Test
    void theSameRequestIdTwiceIsOnePostAndOneAnswer() {
        String rid = UUID.randomUUID().toString();
        BoardService.Ask ask = new BoardService.Ask(math, "同一个请求" + rid, null, null, false, null, rid);
        long first = board.ask(as(group1.get(0)), ask);
        assertThat(board.ask(as(group1.get(0)), ask)).isEqualTo(first);
        String answerId = UUID.randomUUID().toString();
        long a = board.answer(as(group1.get(1)), first, "回答", false, answerId);
        assertThat(board.answer(as(group1.get(1)), first, "回答", false, answerId)).isEqualTo(a);
        assertThat(views.question(as(group1.get(0)), first).answers()).hasSize(1);
    }

    @Test
    void meTooCountsOncePerStudentAndNeverOnOnesOwnQuestion() {
        long q = ask(group1.get(0), "我也有这个问题测试" + UUID.randomUUID());
        board.meToo(as(group2.get(0)), q);
        board.meToo(as(group2.get(0)), q);
        board.meToo(as(group2.get(1)), q);
        assertThat(views.question(as(group1.get(1)), q).card().meToo()).isEqualTo(2);
        assertThat(views.question(as(group2.get(0)), q).canMeToo()).isFalse();
        assertThat(refusal(() -> board.meToo(as(group1.get(0)), q))).isEqualTo("mutualhelp.board.error.meTooOwn");
    }

    @Test
    void answersToAHomeworkQuestionAreHeldFromOtherStudentsUntilTheDueTime() {
        long hw = moderation.addHomework(head, schoolClass.getId(), math, "练习册" + UUID.randomUUID(),
                Instant.now().plus(Duration.ofDays(1)));
        long q = board.ask(as(group1.get(0)), new BoardService.Ask(math, "作业第3题怎么做" + UUID.randomUUID(), null, hw,
                false, null, UUID.randomUUID().toString()));
        long a = answer(group1.get(1), q, "先去分母");
        long b = answer(group2.get(0), q, "两边乘 6");

        // Before the due time: each student reads only their own answer; the asker none; the teacher all.
        assertThat(views.question(as(group1.get(1)), q).answers()).extracting(BoardViews.AnswerRow::id).containsExactly(a);
        assertThat(views.question(as(group2.get(0)), q).answers()).extracting(BoardViews.AnswerRow::id).containsExactly(b);
        assertThat(views.question(as(group1.get(0)), q).answers()).isEmpty();
        assertThat(views.question(as(group1.get(0)), q).held()).isTrue();
        assertThat(views.question(head, q).answers()).extracting(BoardViews.AnswerRow::id).containsExactly(a, b);

        // The teacher ends the homework now: everyone reads both.
        moderation.moveDue(head, schoolClass.getId(), hw, Instant.now().minusSeconds(1));
        assertThat(views.question(as(group1.get(0)), q).held()).isFalse();
        assertThat(views.question(as(group2.get(1)), q).answers()).extracting(BoardViews.AnswerRow::id)
                .containsExactly(a, b);
    }

    @Test
    void anonymousAskingOnlyWhereTheClassAllowsItAndTheTeacherStillSeesTheName() {
        BoardService.Ask ask = new BoardService.Ask(math, "匿名问题" + UUID.randomUUID(), null, null, true, null,
                UUID.randomUUID().toString());
        assertThat(refusal(() -> board.ask(as(group1.get(0)), ask))).isEqualTo("mutualhelp.board.error.anonymous");
        settings.update(head, schoolClass.getId(), true, false);
        long q = board.ask(as(group1.get(0)), ask);
        String name = people.student(group1.get(0).studentId()).orElseThrow().getName();
        BoardViews.Card seenByMate = views.question(as(group1.get(1)), q).card();
        assertThat(seenByMate.author()).isNull();
        assertThat(seenByMate.anonymous()).isTrue();
        assertThat(views.myBoard(as(group1.get(1)), math, 0).cards().cards()).filteredOn(c -> c.id() == q).singleElement()
                .extracting(BoardViews.Card::author).isNull();
        assertThat(views.question(head, q).card().author()).isEqualTo(name);
        assertThat(views.question(as(group1.get(0)), q).card().mine()).isTrue();
    }

    @Test
    void teachersHideEditWithAReasonKeptInTheHistoryAndPin() {
        long q = ask(group1.get(0), "要修改的问题" + UUID.randomUUID());
        long a = answer(group1.get(1), q, "不合适的回答");
        moderation.editQuestion(head, q, "修改后的问题", "去掉了同学的名字");
        moderation.hideAnswer(head, a, true);
        moderation.pin(head, q, true);

        BoardViews.QuestionPage student = views.question(as(group2.get(0)), q);
        assertThat(student.card().body()).isEqualTo("修改后的问题");
        assertThat(student.card().pinned()).isTrue();
        assertThat(student.answers()).isEmpty();
        assertThat(student.edits()).isEmpty();
        BoardViews.QuestionPage teacher = views.question(head, q);
        assertThat(teacher.answers()).singleElement().extracting(BoardViews.AnswerRow::hidden).isEqualTo(true);
        assertThat(teacher.edits()).singleElement().satisfies(e -> {
            assertThat(e.getReason()).isEqualTo("去掉了同学的名字");
            assertThat(e.getOldBody()).startsWith("要修改的问题");
        });
        assertThat(views.myBoard(as(group2.get(0)), math, 0).cards().cards().get(0).pinned()).isTrue();
        assertThat(refusal(() -> moderation.editQuestion(head, q, "再改", " "))).isEqualTo(
                "mutualhelp.board.error.reasonEmpty");
        // A hidden question leaves the students' board; students cannot moderate.
        moderation.hideQuestion(head, q, true);
        assertThat(views.myBoard(as(group2.get(0)), math, 0).cards().cards()).noneMatch(c -> c.id() == q);
        assertThatThrownBy(() -> moderation.pin(as(group1.get(0)), q, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBoardShowsTwentyQuestionsAPageAndMoreLoadsTheNext() throws Exception {
        List<Long> asked = new java.util.ArrayList<>();
        String tag = "分页" + UUID.randomUUID();
        for (int i = 0; i < BoardViews.PAGE + 5; i++) {
            asked.add(ask(group1.get(i % group1.size()), tag + " 第" + i + "问"));
        }
        BoardViews.CardPage first = views.classBoard(head, schoolClass.getId(), math, 0).cards();
        BoardViews.CardPage second = views.classCards(head, schoolClass.getId(), math, 1);
        assertThat(first.cards()).hasSize(BoardViews.PAGE);
        assertThat(first.more()).isTrue();
        List<Long> shown = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(first.cards().stream(), second.cards().stream())
                .filter(c -> c.body().startsWith(tag)).forEach(c -> shown.add(c.id()));
        // Newest first, each once across the two pages.
        java.util.Collections.reverse(asked);
        assertThat(shown).containsExactlyElementsOf(asked);
        BoardViews.CardPage mine = views.myCards(as(group2.get(0)), math, 0);
        assertThat(mine.cards()).hasSize(BoardViews.PAGE);
        assertThat(mine.more()).isTrue();

        String page = mvc.perform(get("/me/board").param("subjectId", String.valueOf(math))
                .with(user(as(group2.get(0))))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("hx-get=\"/me/board/cards?subjectId=" + math + "&amp;page=1\"")
                .contains("href=\"/me/board?subjectId=" + math + "&amp;page=1\"");
        String more = mvc.perform(get("/me/board/cards").param("subjectId", String.valueOf(math)).param("page", "1")
                .with(user(as(group2.get(0))))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(more).contains("board-card").doesNotContain("<html");
        String teacher = mvc.perform(get("/classes/" + schoolClass.getId() + "/board/cards")
                .param("subjectId", String.valueOf(math)).with(user(head))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(teacher).contains("board-more").contains("/classes/" + schoolClass.getId()
                + "/board/cards?subjectId=" + math + "&amp;page=1");
    }

    @Test
    void aTeacherAnswersInTheClassesName() {
        long q = ask(group1.get(0), "老师能讲讲吗" + UUID.randomUUID());
        board.answer(head, q, "明天上课讲。", true, UUID.randomUUID().toString());
        BoardViews.AnswerRow row = views.question(as(group1.get(0)), q).answers().get(0);
        assertThat(row.kind()).isEqualTo(BoardViews.AuthorKind.CLASS);
        assertThat(row.author()).isEqualTo("八年级1班");
    }

    @Test
    void anotherClassesStudentAndTeacherCannotOpenTheQuestion() {
        long q = ask(group1.get(0), "本班问题" + UUID.randomUUID());
        HezuoUser otherStudent = (HezuoUser) users.loadUserByUsername("080201");
        HezuoUser otherHead = (HezuoUser) users.loadUserByUsername("head0802");
        assertThatThrownBy(() -> views.question(otherStudent, q)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.answer(otherStudent, q, "x", false, UUID.randomUUID().toString()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> views.question(otherHead, q)).isInstanceOf(AccessDeniedException.class);
        assertThat(views.myBoard(otherStudent, math, 0).cards().cards()).noneMatch(c -> c.id() == q);
    }

    @Test
    void acceptedAnswersEarnPointsThroughTheAwardServiceOnlyWhenTheClassTurnsThemOn() {
        long helper = group2.get(2).studentId();
        long q = ask(group1.get(0), "加分测试" + UUID.randomUUID());
        long a = answer(group2.get(2), q, "这样做");
        long before = points(helper);
        board.accept(head, a, true);
        assertThat(points(helper)).isEqualTo(before);
        assertThat(refusal(() -> moderation.award(head, a))).isEqualTo("mutualhelp.board.error.pointsOff");

        settings.update(head, schoolClass.getId(), false, true);
        moderation.award(head, a);
        moderation.award(head, a);
        board.accept(head, a, false);
        board.accept(head, a, true);
        assertThat(points(helper)).isEqualTo(before + 1);
        assertThat(views.question(head, q).answers().get(0).awarded()).isTrue();
    }

    @Test
    void theReportCountsGroupsStudentsAnswerRateMedianUnansweredAndKnowledgePoints() {
        long english = subject("英语");
        Instant now = Instant.now();
        long old = seeds.question(english, group1.get(0).studentId(), "很久没人回答", null, null,
                now.minus(Duration.ofHours(30)));
        long q1 = seeds.question(english, group1.get(1).studentId(), "一小时后有人回答", "时态", null,
                now.minus(Duration.ofHours(10)));
        seeds.answer(q1, group2.get(0).studentId(), "一般现在时", now.minus(Duration.ofHours(9)));
        long q2 = seeds.question(english, group2.get(1).studentId(), "三小时后有人回答", "时态", null,
                now.minus(Duration.ofHours(8)));
        seeds.answer(q2, group1.get(0).studentId(), "过去时", now.minus(Duration.ofHours(5)));

        BoardReport.Report r = report.report(head, schoolClass.getId(), english, 7);
        assertThat(r.questions()).isEqualTo(3);
        assertThat(r.answered()).isEqualTo(2);
        assertThat(r.answerRatePercent()).isEqualTo(67);
        assertThat(r.medianFirstAnswer()).isEqualTo(Duration.ofHours(2));
        assertThat(r.unanswered()).extracting(BoardReport.Unanswered::id).containsExactly(old);
        assertThat(r.points()).singleElement().isEqualTo(new BoardReport.PointRow("时态", 2, 0));
        assertThat(r.groups()).extracting(BoardReport.GroupRow::groupNo, BoardReport.GroupRow::questions,
                BoardReport.GroupRow::answered).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 1),
                org.assertj.core.groups.Tuple.tuple(2, 1, 1));
        String name = people.student(group1.get(0).studentId()).orElseThrow().getName();
        assertThat(r.students()).filteredOn(s -> s.name().equals(name)).singleElement()
                .satisfies(s -> assertThat(s.asked()).isEqualTo(1)).satisfies(s -> assertThat(s.answers()).isEqualTo(1));
        assertThatThrownBy(() -> report.report(as(group1.get(0)), schoolClass.getId(), english, 7))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(refusal(() -> board.ask(as(group1.get(0)), new BoardService.Ask(math, "  ", null, null, false, null,
                UUID.randomUUID().toString())))).isEqualTo("mutualhelp.board.error.bodyEmpty");
        assertThat(refusal(() -> board.ask(as(group1.get(0)), new BoardService.Ask(math, "长".repeat(501), null, null,
                false, null, UUID.randomUUID().toString())))).isEqualTo("mutualhelp.board.error.bodyLength");
        assertThat(refusal(() -> board.ask(as(group1.get(0)), new BoardService.Ask(math, "问题", "不存在的知识点", null,
                false, null, UUID.randomUUID().toString())))).isEqualTo("mutualhelp.error.knowledgePoint");
        assertThat(refusal(() -> board.ask(as(group1.get(0)), new BoardService.Ask(math, "问题", null, null, false,
                "not an image".getBytes(), UUID.randomUUID().toString())))).isEqualTo("mutualhelp.error.photoType");
        long q = ask(group1.get(0), "空回答测试" + UUID.randomUUID());
        assertThat(refusal(() -> board.answer(as(group1.get(1)), q, "", false, UUID.randomUUID().toString())))
                .isEqualTo("mutualhelp.board.error.answerEmpty");
    }

    @Test
    void thePhotoIsServedAsAReencodedJpegWithNosniffToTheClassOnly() throws Exception {
        long q = board.ask(as(group1.get(0)), new BoardService.Ask(math, "看我的草稿" + UUID.randomUUID(), null, null,
                false, png(), UUID.randomUUID().toString()));
        mvc.perform(get("/board/questions/" + q + "/photo").with(user(as(group2.get(0)))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/board/questions/" + q + "/photo").with(user(users.loadUserByUsername("080201"))))
                .andExpect(status().isForbidden());
        // The student's board page carries no rank or tier words.
        String html = mvc.perform(get("/me/board").param("subjectId", String.valueOf(math))
                .with(user(as(group2.get(0))))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("看我的草稿").doesNotContain("排名", "优秀生", "待提高", "学困生");
    }

    private long subject(String name) {
        return people.subjects(schoolClass.getSchoolId()).stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    private long points(long studentId) {
        return pointSums.byStudent(schoolClass.getId(), Instant.now().minus(Duration.ofDays(400)),
                Instant.now().plus(Duration.ofDays(1))).getOrDefault(studentId, 0L);
    }

    private long ask(MemberRoles who, String body) {
        return board.ask(as(who), new BoardService.Ask(math, body, null, null, false, null, UUID.randomUUID().toString()));
    }

    private long answer(MemberRoles who, long questionId, String body) {
        return board.answer(as(who), questionId, body, false, UUID.randomUUID().toString());
    }

    private HezuoUser as(MemberRoles member) {
        return (HezuoUser) users.loadUserByUsername(people.student(member.studentId()).orElseThrow().getStudentNo());
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException e) {
            return e.getMessageKey();
        }
        throw new AssertionError("not refused");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
