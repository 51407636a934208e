package cn.hezuo.demo;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.calendar.ActivityKind;
import cn.hezuo.research.calendar.AttendanceStatus;
import cn.hezuo.research.calendar.ActivityForm;
import cn.hezuo.research.calendar.ActivityService;
import cn.hezuo.research.calendar.CalendarService;
import cn.hezuo.research.calendar.PlanForm;
import cn.hezuo.research.calendar.ResearchActivity;
import cn.hezuo.research.calendar.ResearchPlan;
import cn.hezuo.research.group.GroupKind;
import cn.hezuo.research.growth.Enums;
import cn.hezuo.research.growth.GrowthService;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.group.ResearchGroupService;
import cn.hezuo.research.listen.ListenForm;
import cn.hezuo.research.listen.ListenService;
import cn.hezuo.school.Grade;
import cn.hezuo.school.SchoolCalendar;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.school.SchoolSetupService;
import cn.hezuo.school.SchoolTerm;
import cn.hezuo.school.Subject;
import cn.hezuo.teacher.TeacherService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Teaching research in the demo school (issue 14): 数学教研组 (leader math0701), 语文教研组 (leader head0801),
 * 七年级数学备课组 (leader math0702) and 八年级语文备课组 (leader head0802); the 数学教研组's published plan with
 * 20 activities over the term and attendance for those already held; listen-class records (some teachers behind the
 * minimum of 12); teacher attributes. Everything goes through the research services, seeded, so every start is alike.
 */
@Component
class DemoResearch {

    static final String THEME = "如何提高教师课堂提问的有效性";

    private final ResearchGroupService groups;
    private final CalendarService calendarService;
    private final ActivityService activityService;
    private final ListenService listen;
    private final GrowthService growth;
    private final cn.hezuo.research.group.ResearchAccess researchAccess;
    private final TeacherService teachers;
    private final SchoolSetupService school;
    private final SchoolCalendar calendar;
    private final UserDetailsService users;
    private final cn.hezuo.research.rubric.RubricService rubrics;
    private final cn.hezuo.research.rubric.ScoringService scoring;
    private final cn.hezuo.research.review.ReviewService reviews;

    /** Emptied between the records of a loop: see {@link PersistenceContextReset} (the loops pass ids only). */
    @org.springframework.beans.factory.annotation.Autowired
    private PersistenceContextReset reset;

    DemoResearch(ResearchGroupService groups, CalendarService calendarService, ActivityService activityService,
                 ListenService listen,
                 TeacherService teachers, SchoolSetupService school, SchoolCalendar calendar, UserDetailsService users,
                 cn.hezuo.research.group.ResearchAccess researchAccess, GrowthService growth,
                 cn.hezuo.research.rubric.RubricService rubrics, cn.hezuo.research.rubric.ScoringService scoring,
                 cn.hezuo.research.review.ReviewService reviews) {
        this.rubrics = rubrics;
        this.scoring = scoring;
        this.reviews = reviews;
        this.growth = growth;
        this.researchAccess = researchAccess;
        this.groups = groups;
        this.calendarService = calendarService;
        this.activityService = activityService;
        this.listen = listen;
        this.teachers = teachers;
        this.school = school;
        this.calendar = calendar;
        this.users = users;
    }

    void load(long schoolId) {
        loaded.clear();
        Random random = new Random(DemoSchool.SEED + 14);
        HezuoUser admin = user("admin");
        Map<String, Long> subjects = new LinkedHashMap<>();
        school.subjects(schoolId).forEach(s -> subjects.put(s.getName(), s.getId()));
        List<Grade> grades = school.grades(schoolId);
        List<String> math = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (int g = 0; g < DemoSchool.GRADES.size(); g++) {
            for (int c = 1; c <= DemoSchool.CLASSES_PER_GRADE; c++) {
                math.add(DemoSchool.mathUsername(g, c));
                chinese.add(DemoSchool.headUsername(g, c));
            }
        }
        profiles(random, math, chinese);

        ResearchGroup mathGroup = group(admin, GroupKind.RESEARCH, "数学教研组", subjects.get("数学"), null, "math0701", math);
        ResearchGroup chineseGroup = group(admin, GroupKind.RESEARCH, "语文教研组", subjects.get("语文"), null, "head0801",
                chinese);
        group(admin, GroupKind.PREPARATION, "七年级数学备课组", subjects.get("数学"), grades.get(0).getId(), "math0702",
                math.subList(0, 3));
        group(admin, GroupKind.PREPARATION, "八年级语文备课组", subjects.get("语文"), grades.get(1).getId(), "head0802",
                chinese.subList(3, 6));

        SchoolTerm term = calendar.termContaining(schoolId, calendar.today()).orElse(null);
        if (term == null) {
            return;
        }
        HezuoUser mathLeader = user("math0701");
        plan(mathLeader, mathGroup.getId(), term, THEME,
                "以新课程标准为指导，以提高课堂教学效率为中心，以课堂提问为切入点，开展扎实有效的教研活动。",
                "1. 每位教师本学期至少听课12节；\n2. 青年教师每人上一节研究课；\n3. 形成一批有效提问的课例。",
                "1. 坚持每周集体备课，做到“四定”；\n2. 开展同课异构和磨课活动；\n3. 听课实行考勤，课后及时评课。",
                activities(math, term), random, calendar.today());
        HezuoUser chineseLeader = user("head0801");
        plan(chineseLeader, chineseGroup.getId(), term, "群文阅读教学的实践研究",
                "落实语文核心素养，推进阅读教学改革。", "每位教师完成一节群文阅读研究课。", "集体备课、课例研讨、读书沙龙。",
                chineseActivities(chinese, term), random, calendar.today());

        listenRecords(schoolId, term, random, math, chinese);
        growth(admin, mathGroup, chineseGroup, term, random);
        review(admin);
    }

    /**
     * The school's 课堂教学评价表 and one inter-group review round (seed 7, each group reviews one group of another
     * subject, due in two weeks), scored by the 语文 groups' leaders and a member of each 数学 group; math0701 has not
     * scored yet, so the leader's home page shows the review to do.
     */
    private void review(HezuoUser admin) {
        String items = String.join("\n",
                "教学目标 | 10 | 10 | 目标明确、具体，符合课标要求和学生实际",
                "教学内容 | 15 | 15 | 重点突出，难点突破，容量适当，联系生活",
                "教学方法 | 20 | 20 | 方法灵活，提问有效，能启发学生思考",
                "学生参与 | 20 | 20 | 学生参与面广，发言积极，有充分的思考时间",
                "小组合作 | 20 | 20 | 分工明确，合作有序，人人有事做，交流充分",
                "教学效果 | 15 | 15 | 目标达成度高，练习正确率高，学生有收获");
        cn.hezuo.research.rubric.Rubric rubric = rubrics.create(admin, "课堂教学评价表",
                "学校统一的课堂教学评价表，满分 100 分。", items);
        var round = reviews.start(admin, new cn.hezuo.research.review.ReviewService.StartForm("本学期研修组间互评",
                null, true, 1, 7L, rubric.getId(), calendar.today().plusDays(14)));
        String[] scorers = {"head0801", "head0802", "math0702", "math0801"};
        Random random = new Random(DemoSchool.SEED + 15);
        String[] strengths = {"教学目标清晰，小组讨论组织有序。", "问题设计有层次，学生参与度高。", "课堂容量适当，练习反馈及时。"};
        String[] weaknesses = {"个别小组交流不够充分。", "教师讲授时间偏长，学生展示时间少。", "对学困生关注还不够。"};
        for (var a : reviews.assignments(round.getId())) {
            for (String username : scorers) {
                HezuoUser scorer = user(username);
                if (!researchAccess.isMember(a.getReviewerGroupId(), scorer.teacherId())) {
                    continue;
                }
                Map<Long, String> scores = new LinkedHashMap<>();
                for (var item : rubric.getItems()) {
                    int max = item.getMaxScore().intValue();
                    scores.put(item.getId(), String.valueOf(max - random.nextInt(Math.max(2, max / 4))));
                }
                scoring.score(scorer, "REVIEW", a.getId(), rubric.getId(), scores,
                        strengths[random.nextInt(strengths.length)], weaknesses[random.nextInt(weaknesses.length)]);
            }
        }
    }


    /** Two mentor pairs with their activities, and the routine checks of every month of the term so far. */
    private void growth(HezuoUser admin, ResearchGroup mathGroup, ResearchGroup chineseGroup, SchoolTerm term,
                        Random random) {
        LocalDate today = calendar.today();
        String[][] pairs = {{"math0801", "math0702", "一学期内站稳讲台：独立完成一节研究课，听师傅的课不少于10节。"},
                {"head0801", "head0702", "提高作文指导能力，完成一节汇报课。"}};
        for (String[] p : pairs) {
            HezuoUser mentor = user(p[0]);
            HezuoUser apprentice = user(p[1]);
            var pair = growth.pair(admin, term, mentor.teacherId(), apprentice.teacherId(), p[2]);
            Enums.MentorActivityKind[] kinds = Enums.MentorActivityKind.values();
            for (LocalDate day = term.startDate().plusDays(6); day.isBefore(today); day = day.plusDays(9 + random.nextInt(6))) {
                Enums.MentorActivityKind kind = kinds[random.nextInt(kinds.length)];
                growth.addMentorActivity(random.nextBoolean() ? mentor : apprentice, pair.getId(), day, kind, null);
            }
        }
        String[] remarks = {"备课详实，环节完整。", "作业批改及时，有激励性评语。", "听课笔记记录认真，有评析。", "个别课时教案偏简，需补充反思。"};
        for (ResearchGroup group : List.of(mathGroup, chineseGroup)) {
            HezuoUser leader = user(group == mathGroup ? "math0701" : "head0801");
            List<Long> members = researchAccess.memberIds(group.getId());
            for (java.time.YearMonth month = java.time.YearMonth.from(term.startDate());
                 month.isBefore(java.time.YearMonth.from(today)); month = month.plusMonths(1)) {
                Map<Long, Map<Enums.CheckItem, GrowthService.Rated>> ratings = new LinkedHashMap<>();
                for (Long member : members) {
                    Map<Enums.CheckItem, GrowthService.Rated> items = new java.util.EnumMap<>(Enums.CheckItem.class);
                    for (Enums.CheckItem item : Enums.CheckItem.values()) {
                        int roll = random.nextInt(10);
                        Enums.CheckRating rating = roll < 4 ? Enums.CheckRating.EXCELLENT : roll < 8
                                ? Enums.CheckRating.GOOD : roll < 9 ? Enums.CheckRating.PASS : Enums.CheckRating.IMPROVE;
                        items.put(item, new GrowthService.Rated(rating, remarks[item.ordinal()
                                + (rating == Enums.CheckRating.IMPROVE ? 3 - item.ordinal() : 0)]));
                    }
                    ratings.put(member, items);
                }
                growth.check(leader, group.getId(), month, ratings);
                reset.flushAndClear();
            }
        }
        LocalDate entryDay = term.startDate().plusDays(30).isBefore(today) ? term.startDate().plusDays(30) : term.startDate();
        if (!entryDay.isAfter(today)) {
            growth.addEntry(user("math0702"), Enums.EntryKind.TRAINING, entryDay, "区级新教师培训", "课堂提问专题", 12);
            growth.addEntry(user("math0701"), Enums.EntryKind.PAPER, entryDay, "《初中数学课堂有效提问的策略》",
                    "发表于区教研通讯", null);
            growth.addEntry(user("math0701"), Enums.EntryKind.PROJECT, entryDay, "区级课题：课堂提问有效性研究",
                    "主持", null);
        }
    }

    /** Birth years and titles: about a third are young teachers (under 35 or fewer than 5 years teaching). */
    private void profiles(Random random, List<String> math, List<String> chinese) {
        String[] titles = {"二级教师", "一级教师", "一级教师", "高级教师"};
        int year = calendar.today().getYear();
        List<String> all = new ArrayList<>(math);
        all.addAll(chinese);
        for (int i = 0; i < all.size(); i++) {
            HezuoUser teacher = user(all.get(i));
            boolean young = i % 3 == 1;
            int birth = young ? year - 24 - random.nextInt(8) : year - 36 - random.nextInt(18);
            int start = young ? year - 1 - random.nextInt(4) : birth + 22 + random.nextInt(3);
            teachers.updateProfile(teacher.schoolId(), teacher.teacherId(), birth, start,
                    young ? titles[0] : titles[1 + random.nextInt(3)]);
        }
    }

    private ResearchGroup group(HezuoUser admin, GroupKind kind, String name, long subjectId, Long gradeId,
                                String leader, List<String> members) {
        ResearchGroup group = groups.create(admin, kind, name, subjectId, gradeId, user(leader).teacherId(), null);
        for (String member : members) {
            groups.addMember(admin, group.getId(), user(member).teacherId());
        }
        return group;
    }

    /** 20 activities, one a week on Wednesday afternoon, hosts rotating through the members. */
    private List<Planned> activities(List<String> members, SchoolTerm term) {
        Object[][] rows = {
                {ActivityKind.COLLECTIVE_PREP, "制定教学计划，学习新课程标准", null},
                {ActivityKind.THEORY, "理论学习：《有效提问的策略》", 0},
                {ActivityKind.COLLECTIVE_PREP, "第一单元集体备课：有理数", 1},
                {ActivityKind.RESEARCH_LESSON, "研究课：有理数的加法", 4},
                {ActivityKind.OBSERVE_EVALUATE, "听评课：课堂提问的层次", 2},
                {ActivityKind.COLLECTIVE_PREP, "第二单元集体备课：整式的加减", 3},
                {ActivityKind.SAME_LESSON, "同课异构：合并同类项", 5},
                {ActivityKind.LECTURE, "专题讲座：如何设计核心问题", 0},
                {ActivityKind.ROUTINE_CHECK, "教学常规检查：备课、作业批改、听课笔记", null},
                {ActivityKind.QUALITY_ANALYSIS, "期中考试质量分析", 3},
                {ActivityKind.POLISHING, "磨课：一元一次方程（第一次试教）", 1},
                {ActivityKind.OPEN_LESSON, "公开课：一元一次方程的应用", 1},
                {ActivityKind.COLLECTIVE_PREP, "第三单元集体备课：一元一次方程", 4},
                {ActivityKind.MENTOR_REPORT, "师徒汇报课：线段与角", 2},
                {ActivityKind.SALON, "教学沙龙：追问的艺术", 5},
                {ActivityKind.INVITED_LESSON, "邀请课：区教研员示范课", null},
                {ActivityKind.PROJECT, "课题研讨：有效提问课例分析", 0},
                {ActivityKind.COLLECTIVE_PREP, "期末复习集体备课", 3},
                {ActivityKind.ROUTINE_CHECK, "期末教学常规检查", null},
                {ActivityKind.QUALITY_ANALYSIS, "期末质量分析与学期总结", 0},
        };
        List<Planned> planned = new ArrayList<>();
        for (int week = 1; week <= rows.length; week++) {
            LocalDate monday = term.mondayOfWeek(week);
            LocalDate date = monday.plusDays(2);
            if (!term.contains(date)) {
                continue;
            }
            Object[] row = rows[week - 1];
            Integer host = (Integer) row[2];
            planned.add(new Planned(date, (ActivityKind) row[0], (String) row[1],
                    host == null ? null : user(members.get(host)).teacherId()));
        }
        return planned;
    }

    private List<Planned> chineseActivities(List<String> members, SchoolTerm term) {
        Object[][] rows = {
                {2, ActivityKind.COLLECTIVE_PREP, "制定教学计划，分工备课", null},
                {5, ActivityKind.RESEARCH_LESSON, "研究课：群文阅读《秋天的怀念》", 1},
                {8, ActivityKind.SALON, "读书沙龙：《给教师的建议》", 3},
                {11, ActivityKind.QUALITY_ANALYSIS, "期中考试质量分析", 0},
                {14, ActivityKind.SAME_LESSON, "同课异构：《春》", 4},
                {18, ActivityKind.COLLECTIVE_PREP, "期末复习集体备课", 2},
        };
        List<Planned> planned = new ArrayList<>();
        for (Object[] row : rows) {
            LocalDate date = term.mondayOfWeek((Integer) row[0]).plusDays(3);
            if (term.contains(date)) {
                Integer host = (Integer) row[3];
                planned.add(new Planned(date, (ActivityKind) row[1], (String) row[2],
                        host == null ? null : user(members.get(host)).teacherId()));
            }
        }
        return planned;
    }

    /** Listen-class records this term up to yesterday; a few teachers are well behind the minimum of 12. */
    private void listenRecords(long schoolId, SchoolTerm term, Random random, List<String> math, List<String> chinese) {
        int[] targets = {14, 5, 9, 12, 3, 13, 12, 8, 15, 4, 12, 10};
        List<String> all = new ArrayList<>(math);
        all.addAll(chinese);
        List<SchoolClass> classes = school.classes(schoolId);
        Map<String, Long> subjects = new LinkedHashMap<>();
        school.subjects(schoolId).forEach((Subject s) -> subjects.put(s.getName(), s.getId()));
        LocalDate yesterday = calendar.today().minusDays(1);
        String[] topics = {"有理数的乘法", "合并同类项", "一元一次方程", "线段的长短", "《秋天的怀念》", "《春》", "Unit 3 Reading",
                "角的比较", "《济南的冬天》", "整式的加减"};
        for (int t = 0; t < all.size(); t++) {
            HezuoUser observer = user(all.get(t));
            LocalDate day = term.startDate().plusDays(1 + t % 3);
            int made = 0;
            while (made < targets[t] && !day.isAfter(yesterday)) {
                if (day.getDayOfWeek().getValue() <= 5 && random.nextInt(3) == 0) {
                    SchoolClass schoolClass = classes.get(random.nextInt(classes.size()));
                    String observed = all.get(random.nextInt(all.size()));
                    boolean mathLesson = math.contains(observed);
                    if (!observed.equals(all.get(t))) {
                        listen.record(observer, new ListenForm(day, 1 + random.nextInt(7), schoolClass.getId(),
                                subjects.get(mathLesson ? "数学" : "语文"), user(observed).teacherId(),
                                topics[random.nextInt(topics.length)], "教师提问设计有层次，学生参与度较高。",
                                "问题链设计合理，注重启发。", "可适当增加学生之间的追问。", 80 + random.nextInt(16), null));
                        made++;
                    }
                }
                day = day.plusDays(1);
            }
            reset.flushAndClear();
        }
    }

    /** An activity to seed. */
    record Planned(LocalDate date, ActivityKind kind, String topic, Long hostId) {
    }

    /** A published plan with its activities; those already held get attendance and, some, minutes. */
    private void plan(HezuoUser leader, long groupId, SchoolTerm term, String theme, String idea, String goals,
                      String measures, List<Planned> planned, Random random, LocalDate today) {
        ResearchPlan plan = calendarService.savePlan(leader, groupId, term, new PlanForm(idea, goals, theme, measures, -1));
        List<Long> members = new ArrayList<>();
        for (Planned p : planned) {
            ResearchActivity activity = calendarService.createActivity(leader, groupId, term, new ActivityForm(p.date(),
                    java.time.LocalTime.of(14, 30), "教研活动室", p.kind(), p.hostId(), p.topic(), -1));
            if (p.date().isBefore(today)) {
                Map<Long, AttendanceStatus> statuses = new LinkedHashMap<>();
                if (members.isEmpty()) {
                    members.addAll(memberIds(groupId));
                }
                for (Long member : members) {
                    int roll = random.nextInt(20);
                    statuses.put(member, roll == 0 ? AttendanceStatus.ABSENT : roll < 2 ? AttendanceStatus.LEAVE
                            : roll < 4 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT);
                }
                activityService.takeAttendance(leader, activity.getId(), statuses);
                if (random.nextInt(2) == 0) {
                    activityService.saveMinutes(leader, activity.getId(), activity.getVersion(),
                            "主持人介绍本次活动安排；执教教师说课；成员围绕“" + theme + "”逐一发言评议，形成改进意见。");
                }
            }
        }
        calendarService.publish(leader, groupId, term, plan.getVersion());
    }

    private List<Long> memberIds(long groupId) {
        return researchAccess.memberIds(groupId);
    }

    private final Map<String, HezuoUser> loaded = new java.util.HashMap<>();

    private HezuoUser user(String username) {
        return loaded.computeIfAbsent(username, u -> (HezuoUser) users.loadUserByUsername(u));
    }
}
