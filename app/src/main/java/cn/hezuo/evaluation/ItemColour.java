package cn.hezuo.evaluation;

/** Bootstrap contextual colours an item button may take (class {@code btn-<name>}). */
public enum ItemColour {
    PRIMARY, SUCCESS, INFO, WARNING, DANGER, SECONDARY;

    public String css() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
