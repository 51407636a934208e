package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.evaluation.Avatars;
import cn.hezuo.evaluation.EvaluationItemService;
import cn.hezuo.group.identity.GroupEmblemService;
import cn.hezuo.group.seating.SeatingService;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.system.RuleViolationException;
import cn.hezuo.testsupport.HezuoTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 13: a teacher chooses a group's emblem and colour; it shows on the group page, the classroom board and the
 * seating chart (with the students' avatars or initials); two groups of a class never look alike.
 */
@HezuoTest
class GroupEmblemTest {

    @Autowired GroupEmblemService emblems;
    @Autowired GroupPlanService planService;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired StudentRepository students;
    @Autowired SchoolClassRepository classes;
    @Autowired EvaluationItemService items;
    @Autowired SeatingService seating;
    @Autowired Avatars avatars;
    @Autowired UserDetailsService users;
    @Autowired MockMvc mvc;

    private HezuoUser admin;
    private long classId;
    private List<StudyGroup> fourGroups;
    private List<Student> created;

    @BeforeEach
    void aClassOfFourGroups() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        SchoolClass template = classes.findAll().stream().filter(c -> c.getName().equals("八年级3班")).findFirst()
                .orElseThrow();
        SchoolClass schoolClass = classes.save(new SchoolClass(admin.schoolId(), template.getGradeId(),
                "徽章班" + UUID.randomUUID().toString().substring(0, 6), null));
        created = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            created.add(new Student(admin.schoolId(), schoolClass.getId(), "E" + schoolClass.getId() + "-" + i,
                    "徽章" + (char) ('甲' + i), i % 2 == 0 ? Gender.M : Gender.F));
        }
        students.saveAll(created);
        GroupPlan plan = planService.createDraft(admin, schoolClass.getId(), new GroupingForm(4,
                cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "", true, false, List.of(), List.of(), List.of(), false, 7L));
        planService.save(admin, plan.getId(), "徽章", plans.findById(plan.getId()).orElseThrow().getVersion());
        planService.activate(admin, plan.getId());
        items.createDefaults(schoolClass.getSchoolId(), schoolClass.getId(), schoolClass.getName(), Locale.SIMPLIFIED_CHINESE);
        classId = schoolClass.getId();
        fourGroups = groups.findByPlanIdOrderByNumberAsc(plan.getId());
    }

    @Test
    void aChosenEmblemAndColourShowOnTheGroupPageTheBoardAndTheSeatingChartWithAvatars() throws Exception {
        StudyGroup first = fourGroups.get(0);
        emblems.choose(admin, first.getId(), 12, 5);
        StudyGroup saved = groups.findById(first.getId()).orElseThrow();
        assertThat(GroupEmblem.of(saved)).isEqualTo(new GroupEmblem.Look(12, 5));

        String groupPage = page("/groups/" + first.getId());
        assertThat(groupPage).contains("/img/emblems/e12.svg", "id=\"group-emblem\"");
        String board = page("/classes/" + classId + "/evaluation");
        assertThat(board).contains("/img/emblems/e12.svg", "#7048e8");

        avatars.setFor(admin, classId, created.get(0).getId(), "a07");
        seating.generate(admin, classId, 4, 6, "2,4");
        String chart = page("/classes/" + classId + "/seating");
        assertThat(chart).contains("/img/emblems/e12.svg", "--group-colour:#7048e8", "/img/avatars/a07.svg",
                "desk-initial");
    }

    @Test
    void aPairAnotherGroupShowsIsRefusedNamingThatGroupAndNothingIsWritten() throws Exception {
        StudyGroup first = fourGroups.get(0);
        StudyGroup second = fourGroups.get(1);
        emblems.choose(admin, first.getId(), 11, 11);
        assertThatThrownBy(() -> emblems.choose(admin, second.getId(), 11, 11))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("grouplife.emblem.error.taken");
                    assertThat(e.getArgs()).containsExactly(first.getNumber());
                });
        // Group 3 has no choice: its default pair (3, 3) is taken too.
        assertThatThrownBy(() -> emblems.choose(admin, second.getId(), 3, 3))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getArgs()).containsExactly(fourGroups.get(2).getNumber()));
        assertThatThrownBy(() -> emblems.choose(admin, second.getId(), 13, 1)).isInstanceOf(RuleViolationException.class);
        StudyGroup unchanged = groups.findById(second.getId()).orElseThrow();
        assertThat(unchanged.getEmblemNo()).isNull();
        assertThat(unchanged.getColourNo()).isNull();

        // Through the page: redirected back with the Chinese message naming group 1.
        MvcResult result = mvc.perform(post("/groups/" + second.getId() + "/emblem").param("emblemNo", "11")
                        .param("colourNo", "11").with(csrf()).with(user(admin)).locale(Locale.SIMPLIFIED_CHINESE))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat((String) result.getFlashMap().get("emblemError"))
                .isEqualTo("本班第" + first.getNumber() + "组已经用了这个徽章和这种颜色，请换一个徽章或颜色。");
        // The same group may keep its own pair (saving again is no clash).
        emblems.choose(admin, first.getId(), 11, 11);
    }

    @Test
    void aSubjectTeacherMayNotChooseAnEmblem() {
        HezuoUser subjectTeacher = (HezuoUser) users.loadUserByUsername("math0803");
        assertThatThrownBy(() -> emblems.choose(subjectTeacher, fourGroups.get(0).getId(), 12, 12))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(admin))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
