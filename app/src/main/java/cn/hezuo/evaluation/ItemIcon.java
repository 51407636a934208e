package cn.hezuo.evaluation;

/**
 * The small fixed palette of icons a teacher picks from. Plain Unicode symbols, so no icon font is needed
 * and the board still reads on an old whiteboard browser.
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
}
