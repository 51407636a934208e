package cn.hezuo.browser.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** The score upload form of an exam (/exams/{id}/import). */
public final class ScoreImportPage extends Page {

    public ScoreImportPage(Browser browser) {
        super(browser, By.id("score-import-form"));
    }

    /** Uploads the file and returns the preview; fails with the page's reason if the file is refused. */
    public ScoreImportPreviewPage importFile(Path file) {
        find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWait(find(By.id("score-upload")));
        findAll(By.id("upload-error")).stream().findFirst().ifPresent(error -> {
            throw new AssertionError("upload of " + file.getFileName() + " refused: " + error.getText());
        });
        return new ScoreImportPreviewPage(browser);
    }
}
