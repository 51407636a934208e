package cn.hezuo.browser.pages;

import java.util.List;
import org.openqa.selenium.By;

/** The print page of certificates (奖状): one A4-landscape sheet per award. */
public final class CertificatesPage extends Page {

    public CertificatesPage(Browser browser) {
        super(browser, By.id("certificates-print"));
    }

    public static CertificatesPage openMine(Browser browser) {
        browser.go("/me/certificates");
        return new CertificatesPage(browser);
    }

    /** The salutation line of every certificate, e.g. "王浩 同学：". */
    public List<String> recipients() {
        return findAll(By.cssSelector(".certificate .certificate-to")).stream().map(e -> e.getText().strip()).toList();
    }

    public List<String> bodies() {
        return findAll(By.cssSelector(".certificate .certificate-body")).stream().map(e -> e.getText().strip()).toList();
    }

    /** The page-size rule the print stylesheet gives the browser (A4 and landscape, in the order Chrome writes them). */
    public boolean printsOnA4Landscape() {
        Object found = browser.script("const out = []; for (const sheet of document.styleSheets) {"
                + " for (const rule of sheet.cssRules) { if (rule.type === CSSRule.PAGE_RULE) out.push(rule.cssText); } }"
                + " return out.join(' ');");
        String rules = String.valueOf(found).toLowerCase(java.util.Locale.ROOT);
        return rules.contains("a4") && rules.contains("landscape");
    }

    public String text() {
        return find(By.tagName("body")).getText();
    }
}
