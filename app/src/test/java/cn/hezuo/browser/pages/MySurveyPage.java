package cn.hezuo.browser.pages;

import org.openqa.selenium.By;

/** A student answering a survey (/me/surveys/{id}): one question per screen, then the submit screen. */
public final class MySurveyPage extends Page {

    public MySurveyPage(Browser browser) {
        super(browser, By.cssSelector("#answer-form, #submit-form, #submitted"));
    }

    public boolean onQuestion() {
        return isPresent(By.id("answer-form"));
    }

    /** E.g. "第 2 题，共 6 题". */
    public String progress() {
        return find(By.id("progress")).getText().strip();
    }

    public String prompt() {
        return find(By.id("prompt")).getText().strip();
    }

    /** Taps an option's big button (0 = first option). */
    public MySurveyPage tapOption(int index) {
        Scroll.intoView(browser, find(By.cssSelector("label[for='option-" + index + "']"))).click();
        return this;
    }

    public boolean optionChosen(int index) {
        return find(By.id("option-" + index)).isSelected();
    }

    public int optionCount() {
        return findAll(By.cssSelector("#options .option")).size();
    }

    /** The width of the option buttons compared with the window: they fill the phone's width. */
    public boolean fitsTheWindowWidth() {
        Object fits = browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public MySurveyPage next() {
        submitAndWait(find(By.id("next")));
        return new MySurveyPage(browser);
    }

    public MySurveyPage back() {
        submitAndWait(find(By.id("back")));
        return new MySurveyPage(browser);
    }

    public MySurveyPage submit() {
        submitAndWait(find(By.id("submit")));
        return new MySurveyPage(browser);
    }

    /** A named survey's own answers shown after submitting, in question order. */
    public java.util.List<String> ownAnswers() {
        return findAll(By.cssSelector("#own-answers .own-answer")).stream().map(e -> e.getText().strip()).toList();
    }

    public boolean submitted() {
        return isPresent(By.id("submitted"));
    }
}
