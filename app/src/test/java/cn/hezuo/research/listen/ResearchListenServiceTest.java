package cn.hezuo.research.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Listen-class records: duplicates (same observer, class, date, period), future dates, own lessons, counts per term
 * against the minimum and the leader's order (furthest behind first). The observers are the demo's 英语 teachers,
 * who have no demo records; each test uses its own class or period so tests stay independent.
 */
@HezuoTest
class ResearchListenServiceTest {

    @Autowired ListenService listen;
    @Autowired ListenRecordRepository records;
    @Autowired ResearchTerms terms;
    @Autowired ResearchGroupService groups;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    private ResearchFixture fixture;
    private SchoolTerm term;
    private LocalDate day;
    private long english;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, groups, school);
        HezuoUser admin = fixture.user("admin");
        term = terms.term(admin.schoolId(), null);
        LocalDate today = terms.today();
        day = term.contains(today) ? today : term.endDate();
        english = school.subjects(admin.schoolId()).stream().filter(s -> s.getName().equals("英语")).findFirst()
                .orElseThrow().getId();
    }

    private SchoolClass schoolClass(String name) {
        return school.classes(fixture.user("admin").schoolId()).stream().filter(c -> c.getName().equals(name))
                .findFirst().orElseThrow();
    }

    private ListenForm form(LocalDate date, int period, String className, Long observedId) {
        return new ListenForm(date, period, schoolClass(className).getId(), english, observedId, "Unit 5 Reading",
                "笔记", "优点", "建议", 90, null);
    }

    @Test
    void theSameObserverClassDateAndPeriodIsADuplicateAndNothingIsWrittenTwice() {
        HezuoUser observer = fixture.user("eng0801");
        listen.record(observer, form(day, 3, "七年级2班", null));
        long before = records.count();
        assertThatThrownBy(() -> listen.record(observer, form(day, 3, "七年级2班", null)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "research.error.duplicateListen");
        assertThat(records.count()).isEqualTo(before);
        // Another period, another class, or another observer is a different lesson.
        listen.record(observer, form(day, 4, "七年级2班", null));
        listen.record(observer, form(day, 3, "七年级3班", null));
        listen.record(fixture.user("eng0802"), form(day, 3, "七年级2班", null));
        assertThat(records.count()).isEqualTo(before + 3);
    }

    @Test
    void aLessonInTheFutureIsRefusedNamingTheDate() {
        HezuoUser observer = fixture.user("eng0803");
        LocalDate tomorrow = terms.today().plusDays(1);
        assertThatThrownBy(() -> listen.record(observer, form(tomorrow, 1, "七年级1班", null)))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.futureDate")
                .satisfies(e -> assertThat(((RuleViolationException) e).getArgs()).contains(tomorrow));
    }

    @Test
    void aTeacherCannotRecordTheirOwnLessonAndTheAdminRecordsNothing() {
        HezuoUser observer = fixture.user("eng0803");
        assertThatThrownBy(() -> listen.record(observer, form(day, 2, "八年级1班", observer.teacherId())))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.selfObserve");
        assertThatThrownBy(() -> listen.record(fixture.user("admin"), form(day, 2, "八年级1班", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecordCountsTowardTheTermOfItsDateAndMovesTheObserversCount() {
        HezuoUser observer = fixture.user("eng0703");
        int before = listen.standingOf(observer, term.id()).count();
        listen.record(observer, form(day, 5, "八年级2班", fixture.user("eng0702").teacherId()));
        assertThat(listen.standingOf(observer, term.id()).count()).isEqualTo(before + 1);
        assertThat(listen.observedCounts(term.id(), List.of(fixture.user("eng0702").teacherId())))
                .containsKey(fixture.user("eng0702").teacherId());
    }

    @Test
    void standingsListTheFurthestBehindFirstAgainstTheGroupsOwnMinimum() {
        ResearchGroup group = fixture.group("eng0801", 3, "eng0802", "eng0803", "eng0703");
        HezuoUser a = fixture.user("eng0801");
        HezuoUser b = fixture.user("eng0802");
        int aCount = listen.counts(term.id(), List.of(a.teacherId())).getOrDefault(a.teacherId(), 0);
        int period = 6;
        for (int i = aCount; i < 3; i++) {
            listen.record(a, form(day, period++, "八年级3班", null));
        }
        List<ListenService.Standing> standings = listen.standings(group, term.id());
        assertThat(standings).hasSize(4).allSatisfy(s -> assertThat(s.minimum()).isEqualTo(3));
        assertThat(standings).isSortedAccordingTo((x, y) -> Integer.compare(y.shortBy(), x.shortBy()));
        ListenService.Standing leader = standings.stream().filter(s -> s.teacherId() == a.teacherId()).findFirst()
                .orElseThrow();
        assertThat(leader.met()).isTrue();
        assertThat(leader.shortBy()).isZero();
        ListenService.Standing other = standings.stream().filter(s -> s.teacherId() == b.teacherId()).findFirst()
                .orElseThrow();
        assertThat(other.shortBy()).isEqualTo(Math.max(0, 3 - other.count()));
        // A teacher's own requirement is the highest minimum of their groups.
        fixture.group("eng0802", 25);
        assertThat(listen.minimumFor(b.schoolId(), b.teacherId())).isGreaterThanOrEqualTo(25);
    }
}
