package cn.hezuo.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Random calling on the demo school's 八年级2班 (H2): fairness across real draws, idempotency, absences, passes. */
@HezuoTest
class CallingServiceTest {

    @Autowired CallingService calling;
    @Autowired CallingDrawRepository draws;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired AuditEntryRepository audit;

    private HezuoUser teacher;
    private long classId;

    @BeforeEach
    void setUp() {
        teacher = (HezuoUser) users.loadUserByUsername("math0802");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(teacher, null, teacher.getAuthorities()));
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("八年级2班")).findFirst()
                .orElseThrow();
        classId = schoolClass.getId();
        calling.startLesson(teacher, classId, FairnessWindow.LESSON);
        // Everyone present for the test, whatever another test marked.
        calling.board(teacher, classId).groups().forEach(g -> g.members().forEach(m ->
                calling.setAbsent(teacher, classId, m.seat().studentId(), false)));
        calling.startLesson(teacher, classId, FairnessWindow.LESSON);
    }

    private DrawResult draw(CallingMode mode, Integer group) {
        return calling.draw(teacher, classId, mode, group, UUID.randomUUID().toString());
    }

    @Test
    void numberDrawsCallEveryMemberNumberOnceBeforeAnyNumberRepeats() {
        int max = calling.board(teacher, classId).maxMemberNo();
        assertThat(max).isGreaterThanOrEqualTo(5);
        List<Integer> numbers = new ArrayList<>();
        Set<Long> students = new HashSet<>();
        for (int i = 0; i < max; i++) {
            DrawResult result = draw(CallingMode.NUMBER, null);
            numbers.add(result.draw().getMemberNo());
            result.called().forEach(l -> assertThat(students.add(l.studentId())).as("called twice").isTrue());
        }
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, max).boxed().toList());
        int grouped = calling.board(teacher, classId).groups().stream().mapToInt(g -> g.members().size()).sum();
        assertThat(students).as("every grouped student called once").hasSize(grouped);
        // The next round starts: a number again, from the full set.
        assertThat(draw(CallingMode.NUMBER, null).draw().getMemberNo()).isBetween(1, max);
    }

    @Test
    void aRetriedRequestReturnsTheSameDrawAndLogsItOnce() {
        String requestId = UUID.randomUUID().toString();
        long before = draws.count();
        DrawResult first = calling.draw(teacher, classId, CallingMode.STUDENT, null, requestId);
        DrawResult again = calling.draw(teacher, classId, CallingMode.STUDENT, null, requestId);
        assertThat(again.draw().getId()).isEqualTo(first.draw().getId());
        assertThat(again.called()).extracting(DrawResult.Line::studentId)
                .isEqualTo(first.called().stream().map(DrawResult.Line::studentId).toList());
        assertThat(draws.count()).isEqualTo(before + 1);
        assertThat(audit.findAll().stream().filter(e -> "CallingDraw".equals(e.getEntityType())
                && String.valueOf(first.draw().getId()).equals(e.getEntityId()))).hasSize(1);
    }

    @Test
    void absentStudentsAreNeverDrawnAndEveryoneElseIsCalledOnce() {
        CallingBoard board = calling.board(teacher, classId);
        List<Long> all = board.groups().stream().flatMap(g -> g.members().stream()).map(m -> m.seat().studentId()).toList();
        Set<Long> absent = new HashSet<>(all.subList(0, all.size() / 2));
        absent.forEach(id -> calling.setAbsent(teacher, classId, id, true));
        try {
            Set<Long> called = new HashSet<>();
            int present = calling.board(teacher, classId).presentCount();
            for (int i = 0; i < present; i++) {
                long id = draw(CallingMode.STUDENT, null).called().get(0).studentId();
                assertThat(absent).doesNotContain(id);
                assertThat(called.add(id)).as("repeat before everyone was called").isTrue();
            }
        } finally {
            absent.forEach(id -> calling.setAbsent(teacher, classId, id, false));
        }
    }

    @Test
    void aPassDoesNotCountAsACall() {
        DrawResult result = draw(CallingMode.MEMBER, 1);
        long studentId = result.called().get(0).studentId();
        int before = termCalls(studentId);
        calling.pass(teacher, classId, result.draw().getId());
        assertThat(termCalls(studentId)).isEqualTo(before - 1);
        assertThat(draws.findById(result.draw().getId()).orElseThrow().isPassed()).isTrue();
        assertThat(calling.log(teacher, classId).rows().stream().filter(r -> r.seat().studentId() == studentId)
                .findFirst().orElseThrow().passes()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aMemberOfTheChosenGroupIsFromThatGroup() {
        DrawResult result = draw(CallingMode.MEMBER, 2);
        assertThat(result.called()).singleElement().extracting(DrawResult.Line::groupNo).isEqualTo(2);
    }

    @Test
    void aStudentOrATeacherOfAnotherClassCannotCall() {
        HezuoUser student = (HezuoUser) users.loadUserByUsername("080201");
        HezuoUser other = (HezuoUser) users.loadUserByUsername("math0701");
        assertThatThrownBy(() -> calling.draw(student, classId, CallingMode.STUDENT, null, "x1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calling.draw(other, classId, CallingMode.STUDENT, null, "x2"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private int termCalls(long studentId) {
        return calling.board(teacher, classId).groups().stream().flatMap(g -> g.members().stream())
                .filter(m -> m.seat().studentId() == studentId).findFirst().orElseThrow().termCalls();
    }

    @Test
    void aCallQueuedOfflineIsRecordedOnceAtTheTimeItWasMadeAndCountsInTheFairnessLog() {
        CallingBoard.SeatRow seat = calling.board(teacher, classId).groups().get(0).members().get(0);
        int termBefore = seat.termCalls();
        String clientId = "offline-" + UUID.randomUUID();
        java.time.Instant madeAt = java.time.Instant.now().minusSeconds(600);
        DrawResult first = calling.recordOfflineCall(teacher, classId, clientId, seat.seat().studentId(), madeAt);
        DrawResult replay = calling.recordOfflineCall(teacher, classId, clientId, seat.seat().studentId(), madeAt);
        assertThat(replay.draw().getId()).as("the same client id counts once").isEqualTo(first.draw().getId());
        assertThat(first.draw().getCalledAt()).isEqualTo(madeAt);
        assertThat(first.draw().isMadeOffline()).isTrue();
        assertThat(first.called()).extracting(DrawResult.Line::studentId).containsExactly(seat.seat().studentId());
        assertThat(calling.board(teacher, classId).seatOf(seat.seat().studentId()).termCalls()).isEqualTo(termBefore + 1);
        assertThat(draws.findAll().stream().filter(d -> clientId.equals(d.getRequestId())).count()).isEqualTo(1);
    }

    @Test
    void aQueuedCallOlderThanADayOrOfAStudentOutsideTheClassIsRefusedAndNothingIsWritten() {
        long studentId = calling.board(teacher, classId).groups().get(0).members().get(0).seat().studentId();
        String old = "offline-" + UUID.randomUUID();
        assertThatThrownBy(() -> calling.recordOfflineCall(teacher, classId, old, studentId,
                java.time.Instant.now().minus(java.time.Duration.ofDays(2))))
                .isInstanceOf(cn.hezuo.system.RuleViolationException.class).hasMessage("calling.error.offlineTime");
        String stranger = "offline-" + UUID.randomUUID();
        assertThatThrownBy(() -> calling.recordOfflineCall(teacher, classId, stranger, -1L, java.time.Instant.now()))
                .isInstanceOf(cn.hezuo.system.RuleViolationException.class).hasMessage("calling.error.offlineStudent");
        assertThat(draws.findAll().stream().filter(d -> d.getRequestId().equals(old) || d.getRequestId().equals(stranger)))
                .isEmpty();
    }
}
