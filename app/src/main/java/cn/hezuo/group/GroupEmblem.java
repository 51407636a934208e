package cn.hezuo.group;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * A group's emblem and colour (小组徽章与颜色), the same on the classroom board, the seating chart and the group page.
 * Twelve bundled shields ({@code static/img/emblems/e01.svg …}, drawn by {@code tools/avatars/make_avatars.py}) and a
 * palette of twelve colours. A teacher may choose both for a group ({@code study_group.emblem_no / colour_no}, V84,
 * {@code GroupEmblemService}); a group without a choice takes the pair of its number (group 13 starts over), so every
 * plan's groups have one from the start.
 */
@Component("groupEmblem")
public final class GroupEmblem {

    /** Must match GROUP_COLOURS in tools/avatars/make_avatars.py. */
    private static final String[] COLOURS = {"#e03131", "#1971c2", "#2f9e44", "#f08c00", "#7048e8", "#0c8599", "#c2255c",
        "#5c940d", "#e8590c", "#3b5bdb", "#9c36b5", "#495057"};

    /** How many emblems and colours there are to choose from (both numbered 1…COUNT). */
    public static final int COUNT = COLOURS.length;

    /** What a group shows: the emblem (1–12) and colour (1–12), with the picture path and the CSS colour. */
    public record Look(int emblemNo, int colourNo) {

        public String path() {
            return String.format("/img/emblems/e%02d.svg", emblemNo);
        }

        public String colour() {
            return COLOURS[colourNo - 1];
        }
    }

    /** A bean too, so templates can ask {@code ${@groupEmblem.pathOf(group)}} (Thymeleaf forbids static calls in URLs). */
    public GroupEmblem() {
    }

    public String colourOf(int groupNumber) {
        return colour(groupNumber);
    }

    public String pathOf(int groupNumber) {
        return path(groupNumber);
    }

    public String colourOf(StudyGroup group) {
        return of(group).colour();
    }

    public String pathOf(StudyGroup group) {
        return of(group).path();
    }

    /** Every emblem number and every colour, for the chooser. */
    public List<Look> palette() {
        return IntStream.rangeClosed(1, COUNT).mapToObj(n -> new Look(n, n)).toList();
    }

    /** The colour of a palette number (1–12) as CSS. */
    public String colourNo(int colourNo) {
        return COLOURS[colourNo - 1];
    }

    /** The group's chosen look, or the default of its number. */
    public static Look of(StudyGroup group) {
        return of(group.getNumber(), group.getEmblemNo(), group.getColourNo());
    }

    /** The look of a group with this number and these stored choices (nulls = the default of the number). */
    public static Look of(int groupNumber, Integer emblemNo, Integer colourNo) {
        int byNumber = Math.floorMod(groupNumber - 1, COUNT) + 1;
        return new Look(emblemNo != null ? emblemNo : byNumber, colourNo != null ? colourNo : byNumber);
    }

    /** The default colour of a group number, as a CSS hex value. */
    public static String colour(int groupNumber) {
        return of(groupNumber, null, null).colour();
    }

    /** The default emblem's path under the app's root, e.g. {@code /img/emblems/e03.svg}. */
    public static String path(int groupNumber) {
        return of(groupNumber, null, null).path();
    }
}
