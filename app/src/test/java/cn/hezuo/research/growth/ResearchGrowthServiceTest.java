package cn.hezuo.research.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.testsupport.HezuoTest;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Mentor pairs, routine checks and the growth portfolio: who may write what, and what the portfolio assembles. */
@HezuoTest
class ResearchGrowthServiceTest {

    @Autowired GrowthService growth;
    @Autowired Portfolio portfolio;
    @Autowired ResearchTerms terms;
    @Autowired ResearchGroupService groups;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    private ResearchFixture fixture;
    private SchoolTerm term;
    private LocalDate day;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, groups, school);
        term = terms.term(fixture.user("admin").schoolId(), null);
        day = term.contains(terms.today()) ? terms.today() : term.startDate();
    }

    @Test
    void onlyTheAdminPairsAndATeacherIsNeverTheirOwnMentor() {
        HezuoUser admin = fixture.user("admin");
        long a = fixture.user("eng0701").teacherId();
        assertThatThrownBy(() -> growth.pair(fixture.user("eng0701"), term, a, fixture.user("eng0702").teacherId(), ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> growth.pair(admin, term, a, a, "")).hasFieldOrPropertyWithValue("messageKey",
                "research.error.selfMentor");
    }

    @Test
    void thePairRecordsActivitiesCountedByMonthAndEachWritesOnlyTheirOwnEvaluation() {
        HezuoUser mentor = fixture.user("eng0801");
        HezuoUser apprentice = fixture.user("eng0703");
        MentorPair pair = growth.pair(fixture.user("admin"), term, mentor.teacherId(), apprentice.teacherId(), "站稳讲台");
        growth.addMentorActivity(apprentice, pair.getId(), day, Enums.MentorActivityKind.APPRENTICE_OBSERVES, "听《春》");
        growth.addMentorActivity(mentor, pair.getId(), day, Enums.MentorActivityKind.MENTOR_OBSERVES, null);
        assertThatThrownBy(() -> growth.addMentorActivity(fixture.user("eng0802"), pair.getId(), day,
                Enums.MentorActivityKind.TALK, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> growth.addMentorActivity(mentor, pair.getId(), terms.today().plusDays(1),
                Enums.MentorActivityKind.TALK, null)).hasFieldOrPropertyWithValue("messageKey", "research.error.futureDate");
        assertThat(GrowthService.perMonth(growth.mentorActivities(pair.getId()))).containsEntry(YearMonth.from(day), 2);

        growth.evaluate(mentor, pair.getId(), growth.requirePair(mentor, pair.getId()).getVersion(), "进步很快");
        growth.evaluate(apprentice, pair.getId(), growth.requirePair(mentor, pair.getId()).getVersion(), "收获很大");
        MentorPair after = growth.requirePair(mentor, pair.getId());
        assertThat(after.getMentorEval()).isEqualTo("进步很快");
        assertThat(after.getApprenticeEval()).isEqualTo("收获很大");
        assertThatThrownBy(() -> growth.evaluate(fixture.user("admin"), pair.getId(), after.getVersion(), "代写"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> growth.evaluate(mentor, pair.getId(), after.getVersion() - 1, "旧版本"))
                .hasFieldOrPropertyWithValue("messageKey", "error.staleEdit");
    }

    @Test
    void theLeaderChecksMembersMonthlyACheckAgainUpdatesAndTheTeacherSeesItInTheirPortfolio() {
        ResearchGroup group = fixture.group("eng0701", null, "eng0702");
        HezuoUser leader = fixture.user("eng0701");
        HezuoUser member = fixture.user("eng0702");
        YearMonth month = YearMonth.from(day);
        growth.check(leader, group.getId(), month, Map.of(member.teacherId(), Map.of(Enums.CheckItem.HOMEWORK,
                new GrowthService.Rated(Enums.CheckRating.GOOD, "批改及时"))));
        growth.check(leader, group.getId(), month, Map.of(member.teacherId(), Map.of(Enums.CheckItem.HOMEWORK,
                new GrowthService.Rated(Enums.CheckRating.EXCELLENT, "批改细致"))));
        var found = growth.checks(List.of(member.teacherId()), month).get(member.teacherId());
        assertThat(found).hasSize(1);
        assertThat(found.get(Enums.CheckItem.HOMEWORK).getRating()).isEqualTo(Enums.CheckRating.EXCELLENT);
        assertThatThrownBy(() -> growth.check(member, group.getId(), month, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> growth.check(leader, group.getId(), month, Map.of(fixture.user("eng0803").teacherId(),
                Map.of(Enums.CheckItem.HOMEWORK, new GrowthService.Rated(Enums.CheckRating.PASS, "")))))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.notMember");
        assertThatThrownBy(() -> growth.check(leader, group.getId(), month.plusMonths(2), Map.of()))
                .hasFieldOrPropertyWithValue("messageKey", "research.error.futureMonth");

        Portfolio.View view = portfolio.of(member.schoolId(), member.teacherId(), term);
        assertThat(view.items()).anySatisfy(i -> assertThat(i.kind()).isEqualTo("research.portfolio.checked"));
        assertThat(growth.oversees(leader, member.teacherId())).isTrue();
        assertThat(growth.oversees(member, leader.teacherId())).isFalse();
    }

    @Test
    void ownEntriesAddTrainingHoursAndOnlyTheirAuthorDeletesThem() {
        HezuoUser teacher = fixture.user("eng0802");
        int before = portfolio.of(teacher.schoolId(), teacher.teacherId(), term).trainingHours();
        growth.addEntry(teacher, Enums.EntryKind.TRAINING, day, "区级培训：大单元教学", null, 6);
        Portfolio.View view = portfolio.of(teacher.schoolId(), teacher.teacherId(), term);
        assertThat(view.trainingHours()).isEqualTo(before + 6);
        long id = growth.entriesOf(teacher.teacherId(), term.id()).stream()
                .filter(e -> e.getTitle().equals("区级培训：大单元教学")).findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> growth.deleteEntry(fixture.user("eng0803"), id))
                .isInstanceOf(cn.hezuo.system.NotFoundException.class);
        growth.deleteEntry(teacher, id);
        assertThat(portfolio.of(teacher.schoolId(), teacher.teacherId(), term).trainingHours()).isEqualTo(before);
    }
}
