package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.MyPeerEvaluationPage;
import cn.hezuo.browser.pages.MyRecordPage;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.group.MyGroup;
import cn.hezuo.group.MyGroupQuery;
import cn.hezuo.roster.Student;
import cn.hezuo.roster.StudentRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student of 七年级1班 opens the demo's closed peer-evaluation round from their home page and sees only averages:
 * four numbers rounded to half stars, no count of raters, and no group-mate's name or comment.
 */
class PeerEvaluationAveragesOnlyIT extends BrowserTest {

    @Autowired
    private StudentRepository students;

    @Autowired
    private MyGroupQuery myGroup;

    @Test
    void aStudentsPeerEvaluationViewShowsAveragesOnly() {
        Student me = students.findBySchoolIdAndStudentNo(demoSchoolId(), "070101").orElseThrow();
        LoginPage.open(browser).loginAs("070101", DemoSchool.PASSWORD);
        MyPeerEvaluationPage page = new MyRecordPage(browser).openPeerEvaluation();

        assertThat(page.latestAverages()).hasSize(4).allMatch(v -> v.matches("[1-5]\\.\\d"));
        String received = page.receivedText();
        assertThat(received).contains("平均");
        List<String> mates = myGroup.of(me).orElseThrow().members().stream().filter(m -> !m.me())
                .map(MyGroup.Mate::name).toList();
        assertThat(mates).isNotEmpty();
        for (String mate : mates) {
            assertThat(received).as("no rater's name").doesNotContain(mate);
        }
        // Comments are off by default: none of the demo's comments reach the student.
        assertThat(page.showsCommentsFromPeers()).isFalse();
        assertThat(browser.pageSource()).doesNotContain("认真完成任务", "讨论时很积极", "愿意帮助组员");
    }
}
