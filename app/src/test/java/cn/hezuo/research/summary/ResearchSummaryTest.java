package cn.hezuo.research.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchFixture;
import cn.hezuo.research.calendar.ActivityForm;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.ActivityService;
import cn.hezuo.research.calendar.AttendanceStatus;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.calendar.ResearchTerms;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The semester summary: every count comes from the records, and the .docx carries them in Chinese fonts. */
@HezuoTest
class ResearchSummaryTest {

    @Autowired SummaryService summaries;
    @Autowired SummaryText text;
    @Autowired SummaryDocx docx;
    @Autowired CalendarService calendar;
    @Autowired ActivityService activities;
    @Autowired ListenService listen;
    @Autowired ResearchTerms terms;
    @Autowired ResearchGroupService groups;
    @Autowired SchoolSetupService school;
    @Autowired UserDetailsService users;

    private ResearchFixture fixture;
    private ResearchGroup group;
    private HezuoUser leader;
    private SchoolTerm term;

    @BeforeEach
    void setUp() {
        fixture = new ResearchFixture(users, groups, school);
        group = fixture.group("eng0702", 50, "eng0803");
        leader = fixture.user("eng0702");
        term = terms.term(leader.schoolId(), null);
    }

    private ResearchActivity held(ActivityKind kind, int day) {
        LocalDate date = term.startDate().plusDays(day);
        return calendar.createActivity(leader, group.getId(), term, new ActivityForm(date, null, null, kind, null,
                "活动" + day, -1));
    }

    @Test
    void theFactsCountHeldActivitiesByTypeAttendanceAndWhoIsBehind() {
        ResearchActivity prep = held(ActivityKind.COLLECTIVE_PREP, 1);
        held(ActivityKind.COLLECTIVE_PREP, 8);
        held(ActivityKind.OPEN_LESSON, 9);
        held(ActivityKind.SAME_LESSON, 10);
        LocalDate future = terms.today().plusDays(1);
        if (term.contains(future)) {
            calendar.createActivity(leader, group.getId(), term, new ActivityForm(future, null, null,
                    ActivityKind.LECTURE, null, "还没举行", -1));
        }
        activities.takeAttendance(leader, prep.getId(), Map.of(leader.teacherId(), AttendanceStatus.PRESENT,
                fixture.user("eng0803").teacherId(), AttendanceStatus.ABSENT));

        SummaryFigures figures = summaries.figures(group, term);
        assertThat(figures.held()).isEqualTo(4);
        assertThat(figures.count(ActivityKind.COLLECTIVE_PREP)).isEqualTo(2);
        assertThat(figures.lessons()).isEqualTo(2);
        assertThat(figures.attendancePercent()).isEqualTo(50);
        assertThat(figures.met()).isZero();
        assertThat(figures.behind()).hasSize(2);

        List<String> facts = text.facts(figures, Locale.SIMPLIFIED_CHINESE);
        assertThat(facts.get(0)).isEqualTo("本学期共组织教研活动4次，其中集体备课2次，专题研讨课（公开课、研究课等）2节，"
                + "同课异构活动1次，专题讲座与理论学习0次。");
        assertThat(String.join("", facts)).contains("出勤率为50%").contains("每学期50节的听课要求")
                .contains(fixture.user("eng0803").displayName().replace("老师", ""));
    }

    @Test
    void theDocxOpensWithPoiAndCarriesTheComputedCountsInChineseFonts() throws Exception {
        held(ActivityKind.COLLECTIVE_PREP, 2);
        held(ActivityKind.RESEARCH_LESSON, 3);
        summaries.save(leader, group.getId(), term, new SummaryForm("本组教师团结协作。", "开展有效提问研究。\n形成课例三节。",
                "青年教师听课不足。", "加强听评课。", -1));
        Summary summary = summaries.summary(group.getId(), term.id()).orElseThrow();
        byte[] bytes = docx.write(group, term, summaries.figures(group, term), summary, Locale.SIMPLIFIED_CHINESE);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String all = extractor.getText();
            assertThat(all).contains(term.name() + group.getName() + "工作总结")
                    .contains("本学期共组织教研活动2次，其中集体备课1次，专题研讨课（公开课、研究课等）1节")
                    .contains("一、基本情况").contains("形成课例三节。").contains("四、今后的努力方向");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getNumberOfRows()).isEqualTo(3);
            XWPFRun titleRun = doc.getParagraphs().get(0).getRuns().get(0);
            assertThat(titleRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("黑体");
            XWPFRun bodyRun = doc.getParagraphs().get(2).getRuns().get(0);
            assertThat(bodyRun.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
        }
    }

    @Test
    void aStaleSaveOfTheSummaryIsRefusedAndOnlyTheLeaderWrites() {
        summaries.save(leader, group.getId(), term, new SummaryForm("甲", null, null, null, -1));
        assertThatThrownBy(() -> summaries.save(leader, group.getId(), term, new SummaryForm("乙", null, null, null, -1)))
                .hasFieldOrPropertyWithValue("messageKey", "error.staleEdit");
        assertThatThrownBy(() -> summaries.save(fixture.user("eng0803"), group.getId(), term,
                new SummaryForm("丙", null, null, null, 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(summaries.summary(group.getId(), term.id()).orElseThrow().getOverview()).isEqualTo("甲");
    }
}
