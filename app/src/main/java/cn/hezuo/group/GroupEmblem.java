package cn.hezuo.group;

import org.springframework.stereotype.Component;

/**
 * A group's emblem and colour (小组徽章与颜色), the same on the classroom board, the seating chart and the group page:
 * by group number, twelve bundled shields ({@code static/img/emblems/e01.svg …}, drawn by
 * {@code tools/avatars/make_avatars.py}) and their colours; group 13 starts over. Kept by number, not stored, so every
 * plan's groups have them from the start and a regrouping keeps 第1组 red.
 */
@Component("groupEmblem")
public final class GroupEmblem {

    /** Must match GROUP_COLOURS in tools/avatars/make_avatars.py. */
    private static final String[] COLOURS = {"#e03131", "#1971c2", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#c2255c",
        "#5c940d", "#e8590c", "#3b5bdb", "#9c36b5", "#495057"};

    /** A bean too, so templates can ask {@code ${@groupEmblem.pathOf(n)}} (Thymeleaf forbids static calls in URLs). */
    public GroupEmblem() {
    }

    public String colourOf(int groupNumber) {
        return colour(groupNumber);
    }

    public String pathOf(int groupNumber) {
        return path(groupNumber);
    }

    /** The group's colour as a CSS hex value. */
    public static String colour(int groupNumber) {
        return COLOURS[Math.floorMod(groupNumber - 1, COLOURS.length)];
    }

    /** The emblem's path under the app's root, e.g. {@code /img/emblems/e03.svg}. */
    public static String path(int groupNumber) {
        return String.format("/img/emblems/e%02d.svg", Math.floorMod(groupNumber - 1, COLOURS.length) + 1);
    }
}
