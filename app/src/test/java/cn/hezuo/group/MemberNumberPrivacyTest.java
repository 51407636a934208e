package cn.hezuo.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.audit.AuditEntryRepository;
import cn.hezuo.roster.Gender;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import cn.hezuo.roster.StudentScoreRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolClassRepository;
import cn.hezuo.school.SubjectRepository;
import cn.hezuo.testsupport.HezuoTest;
import cn.hezuo.testsupport.TestClasses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 11: member numbers (我是本组 6 号, 每组N号) must carry no information about scores. Plans formed by the
 * service on a fresh 45-student class with correlated prior scores and a 2:2:2 tier template — the case where numbers
 * by strength made 1–2号 tier 1 and 5–6号 tier 3 — and the teacher's hand renumbering.
 */
@HezuoTest
class MemberNumberPrivacyTest {

    private static final int STUDENTS = 45;

    @Autowired GroupPlanService service;
    @Autowired GroupPlanRepository plans;
    @Autowired StudyGroupRepository groups;
    @Autowired GroupMemberRepository members;
    @Autowired ClassGroupingInputs inputs;
    @Autowired SchoolClassRepository classes;
    @Autowired StudentRepository students;
    @Autowired StudentScoreRepository scores;
    @Autowired SubjectRepository subjects;
    @Autowired UserDetailsService users;
    @Autowired AuditEntryRepository audit;
    @Autowired MyGroupQuery myGroup;
    @Autowired MockMvc mvc;
    @Autowired TestClasses testClasses;
    @Autowired LegacyMemberNumbers legacy;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private HezuoUser admin;
    private SchoolClass schoolClass;

    @BeforeEach
    void setUp() {
        admin = (HezuoUser) users.loadUserByUsername("admin");
        // Prior scores correlated across subjects like real ones (one ability per student), from a fixed seed.
        Random random = new Random(20261207L);
        schoolClass = testClasses.aClass("号码班").withStudents(STUDENTS).numbered("N")
                .gender(i -> random.nextBoolean() ? Gender.M : Gender.F)
                .scored(3, (i, subjects) -> {
                    double ability = random.nextGaussian();
                    return subjects.stream().map(subject -> BigDecimal.valueOf(Math.round(Math.max(25, Math.min(120,
                            90 + 15 * (0.77 * ability + 0.63 * random.nextGaussian()))))).setScale(1)).toList();
                })
                .build().schoolClass();
    }

    private static GroupingForm form(long seed) {
        return new GroupingForm(6, cn.hezuo.grouping.SizeMode.AT_MOST, List.of(), "2:2:2", true, false, List.of(),
                List.of(), List.of(), false, seed);
    }

    @Test
    void memberNumbersOfFormedPlansCarryNoInformationAboutPriorScores() {
        List<Double> rhos = new ArrayList<>();
        int numberedByStrength = 0;
        for (long seed = 1; seed <= 8; seed++) {
            GroupPlan plan = service.createDraft(admin, schoolClass.getId(), form(seed));
            service.save(admin, plan.getId(), "号码方案" + seed, plans.findById(plan.getId()).orElseThrow().getVersion());
            service.activate(admin, plan.getId());
            ClassGroupingInput input = inputs.load(admin.schoolId(), schoolClass.getId());
            Map<Long, Double> totals = input.totals(input.chosenSubjects(form(seed)));
            for (StudyGroup group : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
                List<GroupMember> mates = members.findByGroupIdOrderByMemberNoAsc(group.getId());
                double[] number = mates.stream().mapToDouble(GroupMember::getMemberNo).toArray();
                double[] score = mates.stream().mapToDouble(m -> totals.get(m.getStudentId())).toArray();
                double rho = Spearman.rho(number, score);
                rhos.add(rho);
                if (rho < -0.99) {
                    numberedByStrength++;
                }
            }
        }
        double mean = rhos.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        // ~64 groups of 5–6: the mean of independent rhos has an SD of about 0.06, so 0.25 is four SDs; numbering by
        // strength gives -1 in every group.
        assertThat(Math.abs(mean)).as("mean Spearman rho of member number vs prior score over %d groups", rhos.size())
                .isLessThan(0.25);
        assertThat(numberedByStrength).as("groups numbered exactly by strength").isLessThan(rhos.size() / 4);
    }

    @Test
    void numbersStayTheSameAcrossReloadsAndReactivationAndChangeOnlyByHand() throws Exception {
        GroupPlan plan = service.createDraft(admin, schoolClass.getId(), form(3));
        service.save(admin, plan.getId(), "稳定方案", plans.findById(plan.getId()).orElseThrow().getVersion());
        Map<Long, Integer> saved = numbers(plan.getId());
        service.activate(admin, plan.getId());
        assertThat(numbers(plan.getId())).isEqualTo(saved);

        // Another plan becomes active and then this one again: its numbers are not drawn again.
        GroupPlan other = service.createDraft(admin, schoolClass.getId(), form(4));
        service.save(admin, other.getId(), "另一方案", plans.findById(other.getId()).orElseThrow().getVersion());
        service.activate(admin, other.getId());
        service.activate(admin, plan.getId());
        assertThat(numbers(plan.getId())).isEqualTo(saved);
        Student someone = students.findById(saved.keySet().iterator().next()).orElseThrow();
        assertThat(myGroup.of(someone).orElseThrow().myNumber()).isEqualTo(saved.get(someone.getId()));

        // The teacher swaps 1号 and 2号 of group 1 by hand.
        StudyGroup groupOne = groups.findByPlanIdOrderByNumberAsc(plan.getId()).get(0);
        List<GroupMember> mates = members.findByGroupIdOrderByMemberNoAsc(groupOne.getId());
        MockHttpServletRequestBuilder swap = renumber(plan.getId());
        for (GroupMember m : mates) {
            int to = m.getMemberNo() == 1 ? 2 : m.getMemberNo() == 2 ? 1 : m.getMemberNo();
            swap.param("no_" + m.getStudentId(), String.valueOf(to));
        }
        mvc.perform(swap).andReturn();
        Map<Long, Integer> after = numbers(plan.getId());
        assertThat(after.get(mates.get(0).getStudentId())).isEqualTo(2);
        assertThat(after.get(mates.get(1).getStudentId())).isEqualTo(1);
        assertThat(audit.findAll()).anyMatch(e -> "RENUMBER".equals(e.getAction())
                && String.valueOf(plan.getId()).equals(e.getEntityId()));

        // Two members with the same number: refused with a Chinese message naming the group; nothing changes.
        MockHttpServletRequestBuilder twice = renumber(plan.getId());
        mates.forEach(m -> twice.param("no_" + m.getStudentId(), "1"));
        String error = String.valueOf(mvc.perform(twice).andReturn().getFlashMap().get("renumberError"));
        assertThat(error).contains("第1组").contains("不能重复");
        assertThat(numbers(plan.getId())).isEqualTo(after);
        // The teacher's page shows the numbers as plain numbers, one form per group.
        String page = mvc.perform(get("/groups/plans/" + plan.getId()).with(user(admin)).header("Accept-Language", "zh-CN"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"renumber\"").contains("name=\"no_" + mates.get(0).getStudentId() + "\"");

        // A number outside 1..n.
        MockHttpServletRequestBuilder outside = renumber(plan.getId());
        for (GroupMember m : mates) {
            outside.param("no_" + m.getStudentId(), String.valueOf(m.getMemberNo() == 1 ? 99 : m.getMemberNo()));
        }
        assertThat(String.valueOf(mvc.perform(outside).andReturn().getFlashMap().get("renumberError")))
                .contains("第1组").contains("1 到 " + mates.size());
        assertThat(numbers(plan.getId())).isEqualTo(after);
    }

    @Test
    void aPlanNumberedByStrengthBeforeTheChangeIsDrawnAgainOnceAtStart() {
        GroupPlan plan = service.createDraft(admin, schoolClass.getId(), form(5));
        service.save(admin, plan.getId(), "旧方案", plans.findById(plan.getId()).orElseThrow().getVersion());
        // As V11 finds a plan made before: no seed, 1号 the strongest of each group.
        ClassGroupingInput input = inputs.load(admin.schoolId(), schoolClass.getId());
        Map<Long, Double> totals = input.totals(input.chosenSubjects(form(5)));
        jdbc.update("update group_plan set numbering_seed = null where id = ?", plan.getId());
        for (StudyGroup group : groups.findByPlanIdOrderByNumberAsc(plan.getId())) {
            List<GroupMember> mates = new ArrayList<>(members.findByGroupIdOrderByMemberNoAsc(group.getId()));
            mates.sort(java.util.Comparator.comparingDouble(m -> -totals.get(m.getStudentId())));
            for (int i = 0; i < mates.size(); i++) {
                jdbc.update("update group_member set member_no = ? where id = ?", i + 1, mates.get(i).getId());
            }
        }

        legacy.drawWhereMissing();

        assertThat(plans.findById(plan.getId()).orElseThrow().getNumberingSeed()).isNotNull();
        int byStrength = 0;
        List<StudyGroup> planGroups = groups.findByPlanIdOrderByNumberAsc(plan.getId());
        for (StudyGroup group : planGroups) {
            List<GroupMember> mates = members.findByGroupIdOrderByMemberNoAsc(group.getId());
            assertThat(mates).extracting(GroupMember::getMemberNo)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, mates.size()).boxed().toList());
            double rho = Spearman.rho(mates.stream().mapToDouble(GroupMember::getMemberNo).toArray(),
                    mates.stream().mapToDouble(m -> totals.get(m.getStudentId())).toArray());
            byStrength += rho < -0.99 ? 1 : 0;
        }
        assertThat(byStrength).as("groups still numbered by strength").isLessThan(planGroups.size());
        assertThat(audit.findAll()).anyMatch(e -> "RENUMBER".equals(e.getAction())
                && String.valueOf(plan.getId()).equals(e.getEntityId()));
        Map<Long, Integer> drawn = numbers(plan.getId());
        legacy.drawWhereMissing();
        assertThat(numbers(plan.getId())).as("drawn once only").isEqualTo(drawn);
    }

    private MockHttpServletRequestBuilder renumber(long planId) {
        return post("/groups/plans/" + planId + "/groups/1/numbers").with(user(admin)).with(csrf())
                .header("Accept-Language", "zh-CN");
    }

    private Map<Long, Integer> numbers(long planId) {
        Map<Long, Integer> result = new HashMap<>();
        members.findByPlanIdOrderByGroupIdAscMemberNoAsc(planId).forEach(m -> result.put(m.getStudentId(), m.getMemberNo()));
        return result;
    }
}
