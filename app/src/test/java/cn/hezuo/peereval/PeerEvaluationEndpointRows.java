package cn.hezuo.peereval;

import static cn.hezuo.testsupport.authz.Who.CLASS_VIEWERS;
import static cn.hezuo.testsupport.authz.Who.STUDENTS;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.hezuo.account.HezuoUser;
import cn.hezuo.testsupport.authz.AuthzFixture;
import cn.hezuo.testsupport.authz.Endpoint;
import cn.hezuo.testsupport.authz.EndpointRows;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;

/** 同伴互评 (issue 5): rounds for the class's teachers, the rating pages for the student 070101. */
@Order(1100)
public class PeerEvaluationEndpointRows implements EndpointRows {

    @Autowired PeerRoundService peerRoundService;
    @Autowired PeerRoundRepository peerRoundRepository;

    @Override
    public void addRows(List<Endpoint> list, AuthzFixture fixture) {
        long classId = fixture.classId();
        // A round opened by the head teacher (any open one is closed first: one open round per class).
        HezuoUser head = fixture.user("head0701");
        peerRoundRepository.findByClassIdOrderByOpenedAtDescIdDesc(classId).stream()
                .filter(PeerRound::isOpen)
                .forEach(r -> peerRoundService.close(head, r.getId(), r.getVersion()));
        long roundId = peerRoundService.open(head, classId, new RoundForm("授权测试互评",
                LocalDate.now(), LocalDate.now().plusDays(7))).getId();
        Supplier<String> roundVersion = () -> String.valueOf(peerRoundRepository.findById(roundId).orElseThrow().getVersion());
        String round = "/peer-evaluation/rounds/" + roundId;
        long me = fixture.student("070101").getId();
        list.add(new Endpoint("GET", "/classes/{classId}/peer-evaluation", () -> get("/classes/" + classId
                + "/peer-evaluation"), CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/classes/{classId}/peer-evaluation", () -> post("/classes/" + classId
                + "/peer-evaluation").param("name", "授权测试新轮次").param("startsOn", "2030-03-01")
                .param("endsOn", "2030-03-08"), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/peer-evaluation/rounds/{roundId}", () -> get(round), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/peer-evaluation/rounds/{roundId}/export", () -> get(round + "/export"),
                CLASS_VIEWERS));
        list.add(new Endpoint("POST", "/peer-evaluation/rounds/{roundId}/comments", () -> post(round + "/comments")
                .param("show", "false").param("version", roundVersion.get()), CLASS_VIEWERS));
        list.add(new Endpoint("GET", "/me/peer-evaluation", () -> get("/me/peer-evaluation"), STUDENTS));
        list.add(new Endpoint("POST", "/me/peer-evaluation/{roundId}/ratings", () -> post("/me/peer-evaluation/"
                + roundId + "/ratings").param("task_" + me, "4").param("cooperation_" + me, "4")
                .param("listening_" + me, "4").param("helping_" + me, "4"), STUDENTS));
        list.add(new Endpoint("POST", "/me/peer-evaluation/{roundId}/group-ratings", () -> post("/me/peer-evaluation/"
                + roundId + "/group-ratings").param("score_1", "5"), STUDENTS));
        // Last: closing the round (later personas get the polite "already closed").
        list.add(new Endpoint("POST", "/peer-evaluation/rounds/{roundId}/close", () -> post(round + "/close")
                .param("version", roundVersion.get()), CLASS_VIEWERS));
    }
}
