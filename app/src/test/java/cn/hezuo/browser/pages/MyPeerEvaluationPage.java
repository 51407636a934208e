package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A student's 同伴互评 page (/me/peer-evaluation). */
public final class MyPeerEvaluationPage extends Page {

    public MyPeerEvaluationPage(Browser browser) {
        super(browser, By.cssSelector("#received, #open-round, #no-peer-evaluation"));
    }

    /** From the student home page, through its card. */
    public static MyPeerEvaluationPage fromHome(MyRecordPage home) {
        return home.openPeerEvaluation();
    }

    /** The four averages of the newest round the student received, as shown. */
    public List<String> latestAverages() {
        return find(By.cssSelector("#received .received-round")).findElements(By.cssSelector(".received-mean"))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Everything the "what others gave me" section shows. */
    public String receivedText() {
        return find(By.id("received")).getText();
    }

    public boolean showsCommentsFromPeers() {
        return isPresent(By.cssSelector("#received .received-comments"));
    }
}
