package cn.hezuo.commendation;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static cn.hezuo.testsupport.authz.Who.CLASS_MANAGERS;
import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.group.GroupPlanRepository;
import cn.hezuo.group.StudyGroupRepository;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * 每月表彰 (issue 5) of 七年级1班: teachers of the class look, the head teacher confirms, the admin rolls up. The demo
 * school has a confirmed commendation of last month in it; the rows confirm one for a month 30 months back.
 */
@Order(1300)
public class CommendationEndpointRows implements EndpointRows {

    @Autowired CommendationRepository commendationRepository;
    @Autowired Clock commendationClock;
    @Autowired StudyGroupRepository studyGroups;
    @Autowired GroupPlanRepository planRepository;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        YearMonth lastMonth = YearMonth.now(commendationClock).minusMonths(1);
        long commendationId = commendationRepository.findByClassIdAndMonthOrderByRevisionDesc(classId,
                lastMonth.toString()).get(0).getId();
        YearMonth testMonth = YearMonth.now(commendationClock).minusMonths(30);
        Supplier<String> latest = () -> String.valueOf(commendationRepository.findByClassIdAndMonthOrderByRevisionDesc(
                classId, testMonth.toString()).stream().findFirst().map(c -> c.getRevision()).orElse(0));
        Supplier<Long> groupId = () -> studyGroups.findByPlanIdOrderByNumberAsc(
                planRepository.findByClassIdAndActiveTrue(classId).orElseThrow().getId()).get(0).getId();
        String base = "/classes/" + classId + "/commendation";
        list.add(new Endpoint("GET", "/classes/{classId}/commendation", () -> get(base), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/commendation", () -> post(base)
                .param("month", testMonth.toString()).param("basedOn", latest.get()).param("w_POINTS", "1")
                .param("groups", "2").param("mode", "PER_GROUP").param("individuals", "5")
                .param("g_" + groupId.get(), "on"), CLASS_MANAGERS));
        list.add(new Endpoint("GET", "/commendations/{commendationId}/certificates",
                () -> get("/commendations/" + commendationId + "/certificates"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/certificates", () -> get("/me/certificates"), STUDENTS));
        list.add(new Endpoint("GET", "/admin/commendations", () -> get("/admin/commendations"), ADMIN));
        list.add(new Endpoint("GET", "/admin/commendations.xlsx", () -> get("/admin/commendations.xlsx"), ADMIN));
    }
}
