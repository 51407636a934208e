package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The teacher's digest of one lesson's questions (/mutual-help/lessons/{id}). */
public final class QuestionDigestPage extends Page {

    public QuestionDigestPage(Browser browser) {
        super(browser, By.id("lesson-title"));
    }

    /** One ranked topic as shown: wording, groups and students asking, and the original questions' wording. */
    public record Topic(long id, String wording, int groups, int students, List<String> originals) {
    }

    public List<Topic> topics() {
        return findAll(By.cssSelector("#topics .topic")).stream().map(t -> new Topic(
                Long.parseLong(t.getAttribute("data-topic-id")),
                t.findElement(By.cssSelector(".topic-body")).getText().strip(),
                Integer.parseInt(t.getAttribute("data-groups")), Integer.parseInt(t.getAttribute("data-students")),
                t.findElements(By.cssSelector(".original-body")).stream()
                        .map(e -> e.getAttribute("textContent").strip()).toList())).toList();
    }

    /** Opens a topic's original questions (one click) and returns what it shows. */
    public String originalsShown(long topicId) {
        WebElement topic = find(By.id("topic-" + topicId));
        topic.findElement(By.cssSelector(".originals summary")).click();
        return topic.findElement(By.cssSelector(".originals")).getText();
    }

    public QuestionDigestPage mark(long topicId, String outcome) {
        submitAndWait(find(By.cssSelector("#topic-" + topicId + " button.outcome[data-outcome='" + outcome + "']")));
        return new QuestionDigestPage(browser);
    }

    /** Opens 三思 for this lesson, sending what is unclear to the lesson entry with the given id. */
    public QuestionDigestPage openReflection(long nextLessonId) {
        new org.openqa.selenium.support.ui.Select(find(By.id("nextLessonId"))).selectByValue(String.valueOf(nextLessonId));
        submitAndWait(find(By.id("open-reflection-submit")));
        return new QuestionDigestPage(browser);
    }

    /** The 三思 answers shown under one of the three questions ("gains", "unclear", "plan"). */
    public List<String> reflectionAnswers(String part) {
        return findAll(By.cssSelector("#reflection-" + part + " .reflection-answer")).stream()
                .map(e -> e.getText().strip()).toList();
    }
}
