package cn.hezuo.spreadsheet;

import java.text.Normalizer;
import java.util.Locale;

/** How uploaded sheets' column names are compared: the same rule for every import. */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * "学 号", "学号*", "学号（必填）" and "学号" name the same column: full-width letters count as half-width, case and
     * spaces do not matter, "*" and "(必填)"/"(选填)" are decoration.
     */
    public static String normalize(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00A0\\u200B\\uFEFF]+", "")
                .replace("(必填)", "")
                .replace("(选填)", "");
        return text.replaceAll("^\\*+|\\*+$", "");
    }
}
