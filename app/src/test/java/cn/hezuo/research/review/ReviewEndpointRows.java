package cn.hezuo.research.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.research.ResearchEndpointRows;
import cn.hezuo.research.rubric.RubricService;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import cn.hezuo.testsupport.authz.Persona;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/**
 * Inter-group review (issue 15): every teacher sees the rounds page; the admin and group leaders (math0701 leads the
 * 数学教研组, math0702 the 七年级数学备课组) start rounds; the demo round takes in every group, so every teacher
 * persona is in it.
 */
@Order(1411)
public class ReviewEndpointRows implements EndpointRows {

    static final Set<Persona> STARTERS = EnumSet.of(Persona.ADMIN, Persona.SUBJECT_TEACHER_THIS_CLASS,
            Persona.SUBJECT_TEACHER_OTHER_CLASS);

    @Autowired ReviewService reviews;
    @Autowired RubricService rubrics;
    @Autowired cn.hezuo.research.calendar.ResearchTerms terms;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        HezuoUser admin = fixture.user("admin");
        long rubricId = rubrics.active(admin.schoolId()).get(0).getId();
        long roundId = reviews.visibleRounds(admin).stream().filter(r -> r.getName().equals("本学期研修组间互评"))
                .findFirst().orElseThrow().getId();
        list.add(new Endpoint("GET", "/research/reviews", () -> get("/research/reviews"), ResearchEndpointRows.STAFF));
        list.add(new Endpoint("POST", "/research/reviews", () -> post("/research/reviews")
                .param("name", "授权测试互评" + fixture.next()).param("reviews", "1")
                .param("rubricId", String.valueOf(rubricId)).param("deadline", terms.today().plusDays(7).toString()),
                STARTERS));
        list.add(new Endpoint("GET", "/research/reviews/{roundId}", () -> get("/research/reviews/" + roundId),
                ResearchEndpointRows.STAFF));
    }
}
