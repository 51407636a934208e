package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** A class's 学习互助 page for its teachers (/classes/{id}/mutual-help): lesson entries and 课代表. */
public final class ClassMutualHelpPage extends Page {

    public ClassMutualHelpPage(Browser browser) {
        super(browser, By.id("new-lesson"));
    }

    public QuestionDigestPage openLesson(long lessonId) {
        submitAndWait(find(By.cssSelector(".lesson-row[data-lesson-id='" + lessonId + "'] .lesson-link")));
        return new QuestionDigestPage(browser);
    }
}
