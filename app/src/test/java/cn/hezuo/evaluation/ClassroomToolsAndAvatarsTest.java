package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 13: the board's discussion timer keeps one run per start (a retried start finds it, a second end changes
 * nothing) and the public query reports its minutes; avatars are chosen by the student or set by a teacher of the
 * class, only from the bundled set, and the board shows them (or coloured initials).
 */
@HezuoTest
class ClassroomToolsAndAvatarsTest {

    @Autowired DiscussionTimer timer;
    @Autowired DiscussionTimes times;
    @Autowired Avatars avatars;
    @Autowired UserDetailsService users;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private HezuoUser head;
    private SchoolClass schoolClass;

    @BeforeEach
    void headTeacherOfSeventhGradeClassOne() {
        head = (HezuoUser) users.loadUserByUsername("head0701");
        schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级1班")).findFirst().orElseThrow();
    }

    @Test
    void aRetriedStartFindsTheFirstRunAndASecondEndKeepsTheFirstMinutes() {
        String requestId = UUID.randomUUID().toString();
        DiscussionTimer.Start start = new DiscussionTimer.Start(requestId, EvalDiscussion.Kind.COUNTDOWN, 300);
        DiscussionTimer.Started first = timer.start(head, schoolClass.getId(), start);
        DiscussionTimer.Started again = timer.start(head, schoolClass.getId(), start);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.repeated()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from eval_discussion where request_id = ?", Integer.class,
                requestId)).isEqualTo(1);

        double before = times.minutesOn(schoolClass.getId(), LocalDate.now(clock));
        assertThat(timer.end(head, schoolClass.getId(), first.id(), 270)).isEqualTo(270);
        assertThat(timer.end(head, schoolClass.getId(), first.id(), 999)).as("a retry changes nothing").isEqualTo(270);
        assertThat(times.minutesOn(schoolClass.getId(), LocalDate.now(clock))).isEqualTo(before + 4.5);
        assertThat(times.ofClass(schoolClass.getId(), LocalDate.now(clock), LocalDate.now(clock)))
                .anyMatch(t -> t.minutes() == 4.5 && t.endedAt() != null && t.kind().equals("COUNTDOWN"));
    }

    @Test
    void aTeacherOfAnotherClassCannotTimeThisClassesDiscussion() {
        HezuoUser other = (HezuoUser) users.loadUserByUsername("head0702");
        assertThatThrownBy(() -> timer.start(other, schoolClass.getId(),
                new DiscussionTimer.Start(UUID.randomUUID().toString(), EvalDiscussion.Kind.STOPWATCH, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStudentChoosesABundledAvatarATeacherChangesItAndTheBoardShowsIt() throws Exception {
        HezuoUser pupil = (HezuoUser) users.loadUserByUsername("070101");
        Student student = avatars.self(pupil);
        avatars.chooseOwn(pupil, "a07");
        assertThat(avatars.of(List.of(student.getId()))).containsEntry(student.getId(), "a07");
        assertThatThrownBy(() -> avatars.chooseOwn(pupil, "../../etc/passwd")).isInstanceOf(RuleViolationException.class);

        avatars.setFor(head, schoolClass.getId(), student.getId(), "a31");
        assertThat(avatars.of(List.of(student.getId()))).containsEntry(student.getId(), "a31");
        HezuoUser otherHead = (HezuoUser) users.loadUserByUsername("head0702");
        assertThatThrownBy(() -> avatars.setFor(otherHead, schoolClass.getId(), student.getId(), "a01"))
                .isInstanceOf(AccessDeniedException.class);

        String board = mvc.perform(get("/classes/" + schoolClass.getId() + "/evaluation").with(user(head)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(board).contains("/img/avatars/a31.svg").contains("av-initial").contains("/img/emblems/e01.svg");
    }
}
