package cn.hezuo.browser.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The teachers' 互助答疑 page of a class (/classes/{id}/board): questions, switches and homework. */
public final class ClassBoardPage extends Page {

    public ClassBoardPage(Browser browser) {
        super(browser, By.id("settings"));
    }

    public ClassBoardPage subject(String name) {
        WebElement tab = findAll(By.cssSelector(".board-subject")).stream().filter(t -> t.getText().strip().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no subject tab " + name));
        submitAndWait(tab);
        return new ClassBoardPage(browser);
    }

    /** Ends a homework now, which shows its questions' answers to everyone. */
    public ClassBoardPage releaseHomework(long homeworkId) {
        submitAndWait(find(By.cssSelector(".homework-item[data-homework-id='" + homeworkId + "'] .homework-release")));
        return new ClassBoardPage(browser);
    }

    public boolean canRelease(long homeworkId) {
        return isPresent(By.cssSelector(".homework-item[data-homework-id='" + homeworkId + "'] .homework-release"));
    }
}
