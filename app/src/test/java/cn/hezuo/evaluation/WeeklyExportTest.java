package cn.hezuo.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.testsupport.HezuoTest;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

/** The weekly report as .xlsx (七年级3班): points by day, by item, and the 周评表 stars, as the page shows them. */
@HezuoTest
class WeeklyExportTest {

    @Autowired WeeklyStarsService stars;
    @Autowired AwardService awards;
    @Autowired EvaluationItemService itemService;
    @Autowired EvalItemRepository items;
    @Autowired ClassGroupsQuery groupsQuery;
    @Autowired SchoolCalendar calendar;
    @Autowired SchoolClassRepository classes;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    @Test
    void theWorkbookHasTheWeeksPointsAndTheStarsOfEachGroup() throws Exception {
        HezuoUser head = (HezuoUser) users.loadUserByUsername("head0703");
        SchoolClass schoolClass = classes.findAll().stream().filter(c -> c.getName().equals("七年级3班")).findFirst().orElseThrow();
        ClassGroups groups = groupsQuery.of(schoolClass.getId());
        int week = calendar.weekToday(calendar.requireTermForToday(head.schoolId()));
        itemService.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        EvalItem item = items.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(schoolClass.getId()).get(0);
        ClassGroups.Group first = groups.groups().get(0);
        awards.award(head, schoolClass.getId(), new AwardRequest(UUID.randomUUID().toString(), item.getId(),
                AwardTarget.GROUP, first.id(), null));
        stars.save(head, schoolClass.getId(), week, first.id(), new StarScores(5, 4, 3, 2), "导出测试",
                starsVersion(schoolClass.getId(), week, first.id()));

        byte[] body = mvc.perform(get("/classes/" + schoolClass.getId() + "/evaluation/weekly.xlsx").param("week", String.valueOf(week))
                        .locale(Locale.SIMPLIFIED_CHINESE).with(SecurityMockMvcRequestPostProcessors.user(head)))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            Sheet days = workbook.getSheetAt(0);
            assertThat(days.getLastRowNum()).isEqualTo(groups.groups().size());
            Row firstDays = days.getRow(1);
            double total = firstDays.getCell(8).getNumericCellValue();
            assertThat(total).isGreaterThanOrEqualTo(item.getPoints());
            Sheet items = workbook.getSheetAt(1);
            assertThat(items.getRow(0).getCell(1).getStringCellValue()).isNotBlank();
            Sheet starSheet = workbook.getSheet("周评表");
            assertThat(starSheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("学案完成");
            Row firstStars = starSheet.getRow(1);
            assertThat(firstStars.getCell(1).getNumericCellValue()).isEqualTo(5);
            assertThat(firstStars.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(firstStars.getCell(5).getNumericCellValue()).isEqualTo(14);
            assertThat(firstStars.getCell(6).getStringCellValue()).isEqualTo("导出测试");
        }
    }

    @Autowired WeeklyStarsQuery query;

    private int starsVersion(long classId, int week, long groupId) {
        return query.versionOf(classId, week, groupId);
    }
}
