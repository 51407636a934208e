package cn.hezuo.roster.importing;

/**
 * The class a roster is imported into, as far as the file's cells are compared with it.
 *
 * @param classId        the class
 * @param className      its name, e.g. "七年级1班": a 班级 column must name this class
 * @param gradeName      its grade's name, e.g. "七年级", or null
 * @param studentNoWidth the usual length of the class's numeric 学号 (e.g. 6 for 070101), or null when the class has
 *                       none yet
 */
public record RosterTarget(long classId, String className, String gradeName, Integer studentNoWidth) {

    /** A class known only by its id: no 班级 check, no 学号 width. */
    public static RosterTarget of(long classId) {
        return new RosterTarget(classId, null, null, null);
    }
}
