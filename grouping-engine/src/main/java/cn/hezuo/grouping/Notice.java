package cn.hezuo.grouping;

import java.util.List;

/**
 * A warning in the result: the grouping is valid, but something was adjusted or could not be done
 * in full (e.g. the tier template was scaled for smaller groups, or there are fewer leader
 * candidates than groups).
 *
 * @param key     message key, e.g. {@code grouping.warning.tierTemplateAdjusted}
 * @param args    message arguments
 * @param message English text
 */
public record Notice(String key, List<Object> args, String message) {

    public Notice {
        args = List.copyOf(args);
    }
}
