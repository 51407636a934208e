package cn.hezuo.evaluation;

/**
 * The small fixed palette of icons a teacher picks from. Each is a symbol of the bundled sprite
 * {@code /img/evaluation/items.svg} (drawn for Hezuo, no icon font or CDN): Unicode symbols showed as blank boxes on
 * whiteboards without the fonts. The glyph stays for plain-text places (a select option, an export).
 */
public enum ItemIcon {
    STAR("★"), HAND("✋"), HEART("♥"), CHECK("✔"), BULB("✦"), PEN("✎"), SMILE("☺"), FLAG("⚑"), BELL("♪"), WARN("!");

    private final String glyph;

    ItemIcon(String glyph) {
        this.glyph = glyph;
    }

    public String glyph() {
        return glyph;
    }

    /** The id of this icon's symbol in {@code /img/evaluation/items.svg}, e.g. {@code star}. */
    public String symbol() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
