package cn.hezuo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezuo.browser.pages.LoginPage;
import cn.hezuo.browser.pages.ReviewPages;
import cn.hezuo.demo.DemoSchool;
import cn.hezuo.teacher.DisplayNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 组间互评 in the browser: the demo 数学教研组's leader finds the review their group must give on the home page, opens
 * the round, scores the reviewed group with the 课堂教学评价表 — first a score above an item's maximum, refused in
 * Chinese naming the item with the entries kept, then valid scores, which appear under the results.
 */
class InterGroupReviewIT extends BrowserTest {

    @Autowired DisplayNames names;

    @Test
    void aLeaderSeesTheReviewOnTheHomePageAndScoresTheReviewedGroup() {
        LoginPage.open(browser).loginAs("math0701", DemoSchool.PASSWORD);
        ReviewPages.HomeReviews home = ReviewPages.HomeReviews.open(browser);
        assertThat(home.lines()).isNotEmpty().allMatch(line -> line.contains(" 评 "));

        ReviewPages.Round round = home.openFirst();
        assertThat(round.name()).isEqualTo("本学期研修组间互评");
        Map<String, String> scores = new LinkedHashMap<>();
        scores.put("教学目标", "12");
        scores.put("教学内容", "13");
        scores.put("教学方法", "18");
        scores.put("学生参与", "17");
        scores.put("小组合作", "19");
        scores.put("教学效果", "14");
        round.score(scores, "问题设计有层次", "小组展示时间偏少");
        assertThat(round.error()).contains("教学目标").contains("0 到 10").contains("没有保存");
        assertThat(round.valueOf("小组合作")).isEqualTo("19");
        assertThat(round.saved()).isFalse();

        scores.put("教学目标", "9");
        round.score(scores, "问题设计有层次", "小组展示时间偏少");
        assertThat(round.error()).isEmpty();
        assertThat(round.saved()).isTrue();
        String me = names.of(demoSchoolId(), List.of("math0701")).get("math0701");
        assertThat(round.scorersOfFirst()).anyMatch(name -> name.startsWith(me));
    }
}
