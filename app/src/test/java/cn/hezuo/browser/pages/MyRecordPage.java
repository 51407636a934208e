package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** A student's own page (/me). */
public final class MyRecordPage extends Page {

    public MyRecordPage(Browser browser) {
        super(browser, By.id("my-record"));
    }

    public static MyRecordPage open(Browser browser) {
        browser.go("/me");
        return new MyRecordPage(browser);
    }

    public String studentNo() {
        return find(By.id("my-student-no")).getText().strip();
    }

    public String name() {
        return find(By.id("my-name")).getText().strip();
    }

    public String className() {
        return find(By.id("my-class")).getText().strip();
    }

    /** Everything the page shows in its main area, as a user reads it. */
    public String mainText() {
        return find(By.tagName("main")).getText();
    }

    /**
     * The main area without the 我的积分 card (evaluation points, issue 13): its small counts are the student's own
     * and may equal a prior score by chance.
     */
    public String mainTextOutsidePoints() {
        String text = mainText();
        for (org.openqa.selenium.WebElement card : findAll(By.id("my-progress"))) {
            text = text.replace(card.getText(), "");
        }
        return text;
    }

    /** Follows the card of an open survey. */
    public MySurveyPage openSurvey(long surveyId) {
        submitAndWait(find(By.cssSelector(".survey-card[data-survey-id='" + surveyId + "']")));
        return new MySurveyPage(browser);
    }

    /** Follows the 同伴互评 card (shown while a round is open or when results exist). */
    public MyPeerEvaluationPage openPeerEvaluation() {
        submitAndWait(find(By.id("peer-evaluation-card")));
        return new MyPeerEvaluationPage(browser);
    }

    /** Follows the 我的奖状 card (shown when the student has a certificate). */
    public CertificatesPage openCertificates() {
        submitAndWait(Scroll.intoView(browser, find(By.id("open-my-certificates"))));
        return new CertificatesPage(browser);
    }

    /** Follows the 学习互助 card (always shown). */
    public MyQuestionsPage openMutualHelp() {
        submitAndWait(Scroll.intoView(browser, find(By.id("mutual-help-card"))));
        return new MyQuestionsPage(browser);
    }

    /** Follows the 互助答疑 card. */
    public MyBoardPage openBoard() {
        submitAndWait(Scroll.intoView(browser, find(By.id("board-card"))));
        return new MyBoardPage(browser);
    }

    /** Follows the 学习资料 card. */
    public MyResourcesPage openResources() {
        submitAndWait(Scroll.intoView(browser, find(By.id("resources-card"))));
        return new MyResourcesPage(browser);
    }

    public MyPairsPage openPairs() {
        submitAndWait(Scroll.intoView(browser, find(By.id("pairs-card"))));
        return new MyPairsPage(browser);
    }
}
