package cn.hezuo.evaluation;

import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.NOBODY;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.school.SchoolClass;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * 课堂评价 (issue 5) in 七年级1班: teachers of the class record, the settings are the head teacher's; then the
 * weekly star form (周评表) and the weekly export. The demo student 070101 is neither recorder nor 学习委员, so every
 * student call is refused. Awards go to group 1 of the active plan, looked up when each request is sent.
 */
@Order(1200)
public class EvaluationEndpointRows implements EndpointRows {

    @Autowired AwardService evaluationAwards;
    @Autowired EvaluationItemService evaluationItems;
    @Autowired EvalItemRepository evaluationItemRepository;
    @Autowired EvaluationSettingsService evaluationSettings;
    @Autowired WeeklyStarsQuery weeklyStars;
    @Autowired DiscussionTimer discussionTimer;
    @Autowired StudyGroupRepository studyGroups;
    @Autowired GroupPlanRepository planRepository;

    @Override
    public void addRows(List<Endpoint> rows, AuthzFixture fixture) {
        evaluationRows(rows, fixture);
        weeklyStarsRows(rows, fixture);
    }

    private void evaluationRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        HezuoUser admin = fixture.user("admin");
        SchoolClass thisClass = fixture.thisClass();
        evaluationItems.createDefaults(thisClass.getSchoolId(), thisClass.getId(), thisClass.getName(), Locale.SIMPLIFIED_CHINESE);
        long itemId = evaluationItemRepository.findByClassIdAndRetiredFalseOrderBySortOrderAscIdAsc(classId).get(0).getId();
        Supplier<Long> groupId = firstGroupOfActivePlan(classId);
        Supplier<String> award = () -> "{\"requestId\":\"" + UUID.randomUUID() + "\",\"itemId\":" + itemId
                + ",\"target\":\"GROUP\",\"groupId\":" + groupId.get() + "}";
        String base = "/classes/" + classId + "/evaluation";
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation", () -> get(base), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/phone", () -> get(base + "/phone"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/totals", () -> get(base + "/totals"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/awards", () -> post(base + "/awards")
                .contentType("application/json").content(award.get()), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/awards/{actionId}/undo", () -> {
            long actionId = evaluationAwards.award(admin, classId,
                    new AwardRequest(UUID.randomUUID().toString(), itemId, AwardTarget.GROUP, groupId.get(), null)).actionId();
            return post(base + "/awards/" + actionId + "/undo");
        }, CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/items", () -> get(base + "/items"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items", () -> post(base + "/items")
                .param("name", "授权测试项" + fixture.next()).param("kind", "PRAISE").param("points", "1")
                .param("icon", "STAR").param("colour", "INFO").param("stage", "HOMEWORK").param("version", "-1"),
                CLASS_VIEWERS));
        // Issue 11: classes get their default items when created; this button is for a class from before without any.
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/defaults",
                () -> post(base + "/items/defaults"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/{itemId}", () -> {
            EvalItem item = evaluationItemRepository.findById(itemId).orElseThrow();
            return post(base + "/items/" + itemId).param("name", item.getName()).param("kind", item.getKind().name())
                    .param("points", String.valueOf(item.getPoints())).param("icon", item.getIcon().name())
                    .param("colour", item.getColour().name()).param("stage", item.getStage().name())
                    .param("version", String.valueOf(item.getVersion()));
        }, CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/items/{itemId}/retired",
                () -> post(base + "/items/" + itemId + "/retired").param("retired", "false"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/settings", () -> get(base + "/settings"), CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/settings", () -> {
            EvalSettings current = evaluationSettings.of(thisClass.getSchoolId(), classId);
            return post(base + "/settings").param("bundled", "true")
                    .param("version", String.valueOf(current.isNew() ? -1 : current.getVersion()));
        }, CLASS_MANAGERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/recorders", () -> post(base + "/recorders"),
                CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/report", () -> get(base + "/report")
                .param("period", "TERM"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/report.xlsx", () -> get(base + "/report.xlsx")
                .param("period", "THIS_WEEK"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly", () -> get(base + "/weekly"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/recorder", () -> get("/me/recorder"), NOBODY));
        // Issue 13: avatars — a student picks their own; teachers of the class set any of its students'.
        long pupil = fixture.student("070101").getId();
        list.add(new Endpoint("GET", "/me/avatar", () -> get("/me/avatar"), STUDENTS));
        list.add(new Endpoint("POST", "/me/avatar", () -> post("/me/avatar").param("avatar", "a05"), STUDENTS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/avatars", () -> get(base + "/avatars"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/avatars/{studentId}",
                () -> get(base + "/avatars/" + pupil), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/avatars/{studentId}",
                () -> post(base + "/avatars/" + pupil).param("avatar", "a12"), CLASS_VIEWERS));
        // Issue 13: the board's discussion timer keeps its runs (teachers of the class only).
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/discussions", () -> post(base + "/discussions")
                .contentType("application/json")
                .content("{\"requestId\":\"" + UUID.randomUUID() + "\",\"kind\":\"COUNTDOWN\",\"plannedSeconds\":300}"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/discussions/{id}/end", () -> {
            long id = discussionTimer.start(admin, classId, new DiscussionTimer.Start(UUID.randomUUID().toString(),
                    EvalDiscussion.Kind.STOPWATCH, null)).id();
            return post(base + "/discussions/" + id + "/end").contentType("application/json").content("{\"seconds\":95}");
        }, CLASS_VIEWERS));
    }

    /** The weekly star form (周评表) and the weekly export: teachers of the class; 070101 is no 学习委员. */
    private void weeklyStarsRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        Supplier<Long> groupId = firstGroupOfActivePlan(classId);
        String base = "/classes/" + classId + "/evaluation";
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly/stars", () -> get(base + "/weekly/stars")
                .param("week", "1"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/evaluation/weekly/stars", () -> {
            long group = groupId.get();
            return post(base + "/weekly/stars").param("week", "1").param("groupId", String.valueOf(group))
                    .param("version", String.valueOf(weeklyStars.versionOf(classId, 1, group)))
                    .param("studyPlan", "4").param("answering", "3").param("challenge", "5").param("reflection", "2")
                    .param("comment", "授权测试");
        }, CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/classes/{classId}/evaluation/weekly.xlsx", () -> get(base + "/weekly.xlsx")
                .param("week", "1"), CLASS_VIEWERS));
    }

    private Supplier<Long> firstGroupOfActivePlan(long classId) {
        return () -> studyGroups.findByPlanIdOrderByNumberAsc(
                planRepository.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(0).getId();
    }
}
