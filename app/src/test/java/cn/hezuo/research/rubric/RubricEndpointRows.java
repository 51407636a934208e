package cn.hezuo.research.rubric;

import static cn.hezuo.testsupport.authz.Who.ADMIN;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchEndpointRows;
import cn.hezuo.research.review.ReviewService;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Rubrics and lesson scoring (issue 15). The demo's review round takes in every research group, so every teacher
 * persona is in one of its groups and sees its scores; only the members of the reviewing group (数学教研组: math0701
 * and math0702) may score its assignment.
 */
@Order(1410)
public class RubricEndpointRows implements EndpointRows {

    /** The 数学教研组's members, who score what it reviews. */
    static final Set<Persona> MATH_GROUP_TEACHERS = EnumSet.of(Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS);

    @Autowired RubricService rubrics;
    @Autowired ReviewService reviews;
    @Autowired cn.hezuo.research.group.ResearchAccess access;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        HezuoUser admin = fixture.user("admin");
        Rubric rubric = rubrics.all(admin.schoolId()).stream().filter(r -> r.getName().equals("课堂教学评价表"))
                .findFirst().orElseThrow();
        long mathGroup = access.visibleGroups(admin).stream().filter(g -> g.getName().equals("数学教研组"))
                .findFirst().orElseThrow().getId();
        var round = reviews.visibleRounds(admin).stream().filter(r -> r.getName().equals("本学期研修组间互评"))
                .findFirst().orElseThrow();
        long assignment = reviews.assignments(round.getId()).stream()
                .filter(a -> a.getReviewerGroupId() == mathGroup).findFirst().orElseThrow().getId();
        String score = "/research/scores/REVIEW/" + assignment;

        list.add(new Endpoint("GET", "/admin/research/rubrics", () -> get("/admin/research/rubrics"), ADMIN));
        list.add(new Endpoint("POST", "/admin/research/rubrics", () -> post("/admin/research/rubrics")
                .param("name", "授权测试量表" + fixture.next()).param("items", "教学目标 | 10\n教学效果 | 10"), ADMIN));
        list.add(new Endpoint("GET", "/admin/research/rubrics/{id}", () -> get("/admin/research/rubrics/" + rubric.getId()),
                ADMIN));
        list.add(new Endpoint("POST", "/admin/research/rubrics/{id}/active", () ->
                post("/admin/research/rubrics/" + rubric.getId() + "/active").param("active", "true"), ADMIN));
        list.add(new Endpoint("GET", "/research/scores/{kind}/{targetId}", () -> get(score),
                ResearchEndpointRows.STAFF));
        list.add(new Endpoint("GET", "/research/scores/{kind}/{targetId}/panel", () -> get(score + "/panel"),
                ResearchEndpointRows.STAFF));
        list.add(new Endpoint("POST", "/research/scores/{kind}/{targetId}", () -> scores(post(score), rubric),
                MATH_GROUP_TEACHERS));
    }

    private static MockHttpServletRequestBuilder scores(MockHttpServletRequestBuilder post, Rubric rubric) {
        post.param("rubricId", String.valueOf(rubric.getId())).param("strengths", "授权测试");
        for (RubricItem item : rubric.getItems()) {
            post.param("s_" + item.getId(), item.getMaxScore().toPlainString());
        }
        return post;
    }
}
