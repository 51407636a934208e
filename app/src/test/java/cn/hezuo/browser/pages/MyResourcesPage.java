package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** A student's 学习资料 page (/me/resources): their group's and class's resources and their 错题本. */
public final class MyResourcesPage extends Page {

    public MyResourcesPage(Browser browser) {
        super(browser, By.id("share"));
    }

    public List<String> titles() {
        return findAll(By.cssSelector(".resource-title")).stream().map(e -> e.getText().strip()).toList();
    }

    public boolean showsMistakeBook() {
        return isPresent(By.id("mistakes"));
    }
}
