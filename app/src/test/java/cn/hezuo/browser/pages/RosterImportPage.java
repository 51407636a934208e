package cn.hezuo.browser.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;

/** The roster upload form (/classes/{id}/import). */
public final class RosterImportPage extends Page {

    public RosterImportPage(Browser browser) {
        super(browser, By.id("import-form"));
    }

    public static RosterImportPage open(Browser browser, long classId) {
        browser.go("/classes/" + classId + "/import");
        return new RosterImportPage(browser);
    }

    /** Uploads the file and returns the preview; fails with the page's reason if the file is refused. */
    public ImportPreviewPage importFile(Path file) {
        find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        submitAndWait(find(By.id("import-upload")));
        findAll(By.id("upload-error")).stream().findFirst().ifPresent(error -> {
            throw new AssertionError("upload of " + file.getFileName() + " refused: " + error.getText());
        });
        return new ImportPreviewPage(browser);
    }
}
