package cn.hezuo.demo;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.group.ResearchAccess;
import cn.hezuo.research.group.ResearchGroup;
import cn.hezuo.research.lessonstudy.CaseForm;
import cn.hezuo.research.lessonstudy.CaseRole;
import cn.hezuo.research.lessonstudy.CaseService;
import cn.hezuo.research.lessonstudy.Decision;
import cn.hezuo.research.lessonstudy.DraftService;
import cn.hezuo.research.lessonstudy.LessonStudyCase;
import cn.hezuo.research.lessonstudy.LessonStudyComment;
import cn.hezuo.research.lessonstudy.LessonStudyDraft;
import cn.hezuo.research.lessonstudy.LessonStudyStep;
import cn.hezuo.research.lessonstudy.SelfItem;
import cn.hezuo.research.lessonstudy.StepKind;
import cn.hezuo.research.lessonstudy.StepStatus;
import cn.hezuo.school.Grade;
import cn.hezuo.school.SchoolSetupService;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * 磨课 in the demo school (issue 15): in the 数学教研组 one complete case (math0702 teaches; three drafts with
 * comments adopted and not, every step done with minutes, the summary and the self-evaluation) and one in progress
 * (math0701 teaches; three steps overdue on math0701's home page); in the 七年级数学备课组 a 同课异构 pair of
 * 有理数的加法 taught by math0703 and math0701. Written through the lesson-study services, like the rest of research.
 */
@Component
class DemoLessonStudy {

    static final String COMPLETE_TOPIC = "解一元一次方程——移项";
    static final String PAIR_TOPIC = "有理数的加法";
    static final String CASE_ROUND = "本学期磨课案例互评";

    private final CaseService cases;
    private final DraftService drafts;
    private final ResearchAccess access;
    private final SchoolSetupService school;
    private final UserDetailsService users;
    private final cn.hezuo.research.review.ReviewService reviews;
    private final cn.hezuo.research.rubric.RubricService rubrics;
    private final cn.hezuo.research.rubric.ScoringService scoring;

    DemoLessonStudy(CaseService cases, DraftService drafts, ResearchAccess access, SchoolSetupService school,
                    UserDetailsService users, cn.hezuo.research.review.ReviewService reviews,
                    cn.hezuo.research.rubric.RubricService rubrics, cn.hezuo.research.rubric.ScoringService scoring) {
        this.reviews = reviews;
        this.rubrics = rubrics;
        this.scoring = scoring;
        this.cases = cases;
        this.drafts = drafts;
        this.access = access;
        this.school = school;
        this.users = users;
    }

    void load(long schoolId) {
        HezuoUser admin = user("admin");
        ResearchGroup math = group(admin, "数学教研组");
        ResearchGroup grade7 = group(admin, "七年级数学备课组");
        if (math == null || grade7 == null) {
            return;
        }
        long mathSubject = math.getSubjectId();
        Long grade = school.grades(schoolId).stream().findFirst().map(Grade::getId).orElse(null);
        LocalDate today = cases.today();
        complete(admin, math.getId(), mathSubject, grade, today.minusDays(40));
        inProgress(admin, math.getId(), mathSubject, grade, today.minusDays(12));
        pair(admin, grade7.getId(), mathSubject, grade, today.minusDays(3));
        caseReview(admin, schoolId);
    }

    /**
     * A review round among the demo's four cases (two in each math group, so k = 1: each case is reviewed once by the
     * other group), seed 11, due in three weeks (after the group round, which stays first on the home page), with the
     * school's rubric; math0702 and math0703 (members of both groups) have scored every pair, so the results are not
     * empty on first start.
     */
    private void caseReview(HezuoUser admin, long schoolId) {
        var rubric = rubrics.active(schoolId).stream().filter(r -> r.getName().equals("课堂教学评价表")).findFirst()
                .orElse(null);
        if (rubric == null) {
            return;
        }
        var round = reviews.start(admin, new cn.hezuo.research.review.ReviewService.StartForm(CASE_ROUND, null, false,
                1, 11L, rubric.getId(), cases.today().plusDays(21), cn.hezuo.research.review.ReviewTarget.CASE));
        java.util.Random random = new java.util.Random(DemoSchool.SEED + 16);
        String[] strengths = {"修改稿问题设计更有层次，学生活动时间明显增加。", "采纳意见后练习分层合理。"};
        String[] weaknesses = {"小组展示环节时间仍偏紧。", "板书设计可再简洁。"};
        for (var a : reviews.assignments(round.getId())) {
            for (String username : new String[] {"math0702", "math0703"}) {
                HezuoUser scorer = user(username);
                if (!access.isMember(a.getReviewerGroupId(), scorer.teacherId())) {
                    continue;
                }
                java.util.Map<Long, String> scores = new java.util.LinkedHashMap<>();
                for (var item : rubric.getItems()) {
                    int max = item.getMaxScore().intValue();
                    scores.put(item.getId(), String.valueOf(max - random.nextInt(Math.max(2, max / 4))));
                }
                scoring.score(scorer, "REVIEW", a.getId(), rubric.getId(), scores,
                        strengths[random.nextInt(strengths.length)], weaknesses[random.nextInt(weaknesses.length)]);
            }
        }
    }

    private void complete(HezuoUser admin, long groupId, long subject, Long grade, LocalDate start) {
        HezuoUser teacher = user("math0702");
        HezuoUser leader = user("math0701");
        LessonStudyCase c = cases.create(admin, groupId, new CaseForm(DemoResearch.THEME, teacher.teacherId(), subject,
                grade, "第三章 一元一次方程", COMPLETE_TOPIC, start, 0));
        long id = c.getId();
        cases.setRole(admin, id, teacher.teacherId(), CaseRole.MAIN_PREPARER);
        cases.setRole(admin, id, leader.teacherId(), CaseRole.REVIEWER);
        cases.setRole(admin, id, user("math0703").teacherId(), CaseRole.OBSERVER);
        cases.setRole(admin, id, user("math0801").teacherId(), CaseRole.RECORDER);
        cases.setRole(admin, id, user("math0802").teacherId(), CaseRole.CAMERA);

        LessonStudyDraft first = drafts.write(teacher, id, DRAFT_1, null);
        LessonStudyComment c1 = drafts.comment(leader, id, first.getId(), 3, "情境导入用时偏长，建议压缩到3分钟以内，尽快进入移项的探究。");
        LessonStudyComment c2 = drafts.comment(user("math0703"), id, first.getId(), 6,
                "“移项要变号”直接告诉学生了，建议让学生从等式性质自己推出来。");
        LessonStudyComment c3 = drafts.comment(user("math0801"), id, first.getId(), 9, "练习题可以增加一道含括号的方程。");
        drafts.decide(teacher, id, c1.getId(), Decision.ADOPTED, "导入改为一道天平问题，2分钟。");
        drafts.decide(teacher, id, c2.getId(), Decision.ADOPTED, null);
        drafts.decide(teacher, id, c3.getId(), Decision.NOT_ADOPTED, "含括号的方程是下一课时的内容，本课时先不引入。");

        LessonStudyDraft second = drafts.write(teacher, id, DRAFT_2,
                "采纳了情境导入压缩和由学生推导移项法则两条意见；练习题保持不变（含括号的方程放到下一课时）。");
        LessonStudyComment c4 = drafts.comment(user("math0703"), id, second.getId(), 8,
                "第一次上课时追问“为什么要变号”，学生只答了“书上说的”，建议把追问改成小组讨论。");
        LessonStudyComment c5 = drafts.comment(leader, id, second.getId(), 16, "课堂小结可以让学生自己说步骤。");
        drafts.decide(teacher, id, c4.getId(), Decision.ADOPTED, "改为小组讨论3分钟，再请两组展示。");
        drafts.decide(teacher, id, c5.getId(), Decision.ADOPTED, null);
        drafts.write(teacher, id, DRAFT_3,
                "根据第一次上课的观课数据（教师讲授时间偏长、发言学生集中在前排），把追问改为小组讨论，小结由学生完成。");

        Map<StepKind, String> notes = Map.of(
                StepKind.PLAN_MEETING, "会议记录：确定研修主题“如何提高教师课堂提问的有效性”；由王老师执教《解一元一次方程——移项》；"
                        + "分工：主备、观课、记录、摄像各一人。",
                StepKind.PREP_MEETING, "会议记录：成员逐段评议第一稿，共提出3条意见，执教人采纳2条。",
                StepKind.OBSERVATION_PREP, "观课维度：提问的类型与候答时间、学生参与面、小组合作、时间分配。每位观课教师负责一个观察点。",
                StepKind.REFLECTION, "反思：第一稿中教师讲得多，学生说得少；移项法则应由学生自己发现。",
                StepKind.OBSERVATION_MEETING, "会议记录：观课数据显示教师讲授22分钟，发言学生16人；讨论后决定增加小组讨论、扩大发言面。",
                StepKind.SUMMARY, "总结：三稿对比，教师讲授时间由22分钟降到10分钟，发言学生由16人增加到23人，练习正确率提高。"
                        + "提问由“是不是”“对不对”转向“为什么”“怎么想到的”。");
        for (LessonStudyStep step : cases.steps(admin, id)) {
            cases.updateStep(admin, id, step.getId(), step.getVersion(), null, step.getOwnerId(), step.getDueDate(),
                    StepStatus.DONE, notes.get(step.getKind()));
        }
        Map<SelfItem, Integer> levels = new EnumMap<>(SelfItem.class);
        Map<SelfItem, String> remarks = new EnumMap<>(SelfItem.class);
        levels.put(SelfItem.GOAL, 4);
        levels.put(SelfItem.COLLABORATION, 3);
        levels.put(SelfItem.EVIDENCE, 4);
        levels.put(SelfItem.IMPROVEMENT, 4);
        levels.put(SelfItem.REFLECTION, 3);
        remarks.put(SelfItem.EVIDENCE, "两次上课都有两位教师记录观课数据。");
        remarks.put(SelfItem.COLLABORATION, "摄像分工到位，记录可以更及时。");
        cases.selfEvaluate(leader, id, levels, remarks, "本次磨课围绕提问有效性，三稿改进清楚，证据充分。");
    }

    private void inProgress(HezuoUser admin, long groupId, long subject, Long grade, LocalDate start) {
        HezuoUser teacher = user("math0701");
        LessonStudyCase c = cases.create(admin, groupId, new CaseForm(DemoResearch.THEME, teacher.teacherId(), subject,
                grade, "第五章 相交线与平行线", "平行线的性质", start, 0));
        long id = c.getId();
        cases.setRole(admin, id, teacher.teacherId(), CaseRole.MAIN_PREPARER);
        cases.setRole(admin, id, user("math0702").teacherId(), CaseRole.OBSERVER);
        LessonStudyDraft first = drafts.write(teacher, id, DRAFT_IN_PROGRESS, null);
        drafts.comment(user("math0702"), id, first.getId(), 3, "探究活动可以让学生先测量同位角，再猜想。");
        Set<StepKind> done = Set.of(StepKind.PLAN_MEETING, StepKind.DRAFT_1, StepKind.PREP_MEETING);
        for (LessonStudyStep step : cases.steps(admin, id)) {
            if (done.contains(step.getKind())) {
                cases.updateStep(admin, id, step.getId(), step.getVersion(), null, step.getOwnerId(),
                        step.getDueDate(), StepStatus.DONE, null);
            }
        }
    }

    private void pair(HezuoUser admin, long groupId, long subject, Long grade, LocalDate start) {
        HezuoUser a = user("math0703");
        HezuoUser b = user("math0701");
        LessonStudyCase first = cases.create(admin, groupId, new CaseForm("同课异构：有理数运算的算理理解", a.teacherId(),
                subject, grade, "第二章 有理数的运算", PAIR_TOPIC, start, 0));
        LessonStudyCase second = cases.create(admin, groupId, new CaseForm("同课异构：有理数运算的算理理解", b.teacherId(),
                subject, grade, "第二章 有理数的运算", PAIR_TOPIC, start, 0));
        cases.pair(admin, first.getId(), second.getId());
        drafts.write(a, first.getId(), "# 有理数的加法（设计一）\n## 教学过程\n1. 用数轴上的两次运动引入。\n2. 学生分类归纳加法法则。\n", null);
        drafts.write(b, second.getId(), "# 有理数的加法（设计二）\n## 教学过程\n1. 用“收入与支出”的生活情境引入。\n2. 教师示范后学生练习。\n", null);
    }

    private ResearchGroup group(HezuoUser admin, String name) {
        return access.visibleGroups(admin).stream().filter(g -> g.getName().equals(name)).findFirst().orElse(null);
    }

    private HezuoUser user(String username) {
        return (HezuoUser) users.loadUserByUsername(username);
    }

    private static final String DRAFT_1 = """
            # 解一元一次方程——移项（第一稿）
            ## 教学目标
            - 会用移项解一元一次方程。
            情境导入：出示课本中的问题，学生阅读题目，教师讲解题意，列出方程 3x + 20 = 4x - 25。
            ## 教学过程
            1. 复习等式的性质。
            教师讲解：把等式一边的某项变号后移到另一边，叫做移项。移项要变号。
            2. 例题示范：解方程 3x + 7 = 32 - 2x。
            3. 学生模仿练习。
            练习：课本第 90 页练习 1、2 题。
            | 环节 | 时间 | 活动 |
            | 导入 | 8 分钟 | 教师讲解 |
            | 新授 | 20 分钟 | 教师讲解、学生听 |
            | 练习 | 12 分钟 | 独立练习 |
            小结：教师总结移项的步骤。
            """;

    private static final String DRAFT_2 = """
            # 解一元一次方程——移项（第二稿）
            ## 教学目标
            - 会用移项解一元一次方程。
            - 经历由等式性质推出移项法则的过程。
            情境导入：天平两边各放物体，学生观察天平如何保持平衡，2 分钟内列出方程 3x + 20 = 4x - 25。
            ## 教学过程
            1. 复习等式的性质。
            学生探究：用等式的性质解方程，观察哪些项“从一边到了另一边”，符号有什么变化，自己说出移项法则。
            教师追问：为什么移项要变号？
            2. 例题示范：解方程 3x + 7 = 32 - 2x。
            3. 学生模仿练习。
            练习：课本第 90 页练习 1、2 题。
            | 环节 | 时间 | 活动 |
            | 导入 | 2 分钟 | 天平情境 |
            | 新授 | 16 分钟 | 学生探究、教师追问 |
            | 练习 | 12 分钟 | 独立练习 |
            小结：教师总结移项的步骤。
            """;

    private static final String DRAFT_3 = """
            # 解一元一次方程——移项（第三稿）
            ## 教学目标
            - 会用移项解一元一次方程。
            - 经历由等式性质推出移项法则的过程。
            情境导入：天平两边各放物体，学生观察天平如何保持平衡，2 分钟内列出方程 3x + 20 = 4x - 25。
            ## 教学过程
            1. 复习等式的性质。
            学生探究：用等式的性质解方程，观察哪些项“从一边到了另一边”，符号有什么变化，自己说出移项法则。
            小组讨论：为什么移项要变号？讨论 3 分钟，请两个小组展示理由。
            2. 例题示范：解方程 3x + 7 = 32 - 2x，请一名学生板演，其他学生点评。
            3. 学生模仿练习。
            练习：课本第 90 页练习 1、2 题。
            | 环节 | 时间 | 活动 |
            | 导入 | 2 分钟 | 天平情境 |
            | 新授 | 18 分钟 | 学生探究、小组讨论、展示 |
            | 练习 | 12 分钟 | 独立练习、同桌互查 |
            小结：请学生说出解方程的步骤：移项、合并同类项、系数化为 1。
            """;

    private static final String DRAFT_IN_PROGRESS = """
            # 平行线的性质（第一稿）
            ## 教学目标
            - 掌握平行线的三条性质。
            探究：画两条平行线和一条截线，测量同位角。
            ## 教学过程
            1. 复习平行线的判定。
            2. 探究性质一：两直线平行，同位角相等。
            3. 推理得出性质二、性质三。
            """;
}
