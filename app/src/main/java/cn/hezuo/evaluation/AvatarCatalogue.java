package cn.hezuo.evaluation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The 40 bundled avatars (friendly animal faces drawn for Hezuo by {@code tools/avatars/make_avatars.py}, under
 * {@code static/img/avatars/a01.svg … a40.svg}). Only these ids are stored; anything else is refused.
 */
public final class AvatarCatalogue {

    public static final List<String> IDS = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format("a%02d", i)).toList();

    private static final String[] INITIAL_COLOURS = {"#c0392b", "#d35400", "#b7950b", "#27ae60", "#16a085", "#2980b9",
        "#8e44ad", "#2c3e50", "#c2185b", "#00796b"};

    private AvatarCatalogue() {
    }

    public static boolean exists(String id) {
        return id != null && IDS.contains(id);
    }

    /** The picture's path under the app's root, e.g. {@code /img/avatars/a07.svg}. */
    public static String path(String id) {
        return "/img/avatars/" + id + ".svg";
    }

    /** The fallback: the first character of the name on a colour picked by the student's id. */
    public static String initialColour(long studentId) {
        return INITIAL_COLOURS[(int) Math.floorMod(studentId, (long) INITIAL_COLOURS.length)];
    }
}
