package cn.hezuo.exam.importing;

import cn.hezuo.spreadsheet.ImportProblem;

/**
 * Every kind of {@link ImportProblem} of a score import, with its key in {@code i18n/exam*.properties}. Arguments {0}
 * and {1} are always row and column; the extra arguments of each kind are listed.
 */
public enum ScoreProblem {
    /** A required column (学号, or 总分 for a total-only exam) is missing; blocks the file. */
    MISSING_COLUMN("examimport.error.missingColumn"),
    /** {2} the labels of the items without a score column. */
    MISSING_ITEM_COLUMNS("examimport.error.missingItemColumns"),
    /** {2} what both columns mean. */
    DUPLICATE_COLUMN("examimport.error.duplicateColumn"),
    MISSING_STUDENT_NO("examimport.error.missingStudentNo"),
    /** {2} 学号, {3} row of its first occurrence. */
    DUPLICATE_STUDENT("examimport.error.duplicateStudent"),
    /** {2} 学号. */
    UNKNOWN_STUDENT("examimport.error.unknownStudent"),
    /** {2} 学号, {3} name, {4} the student's class. */
    NOT_IN_EXAM("examimport.error.notInExam"),
    /** {2} the class written, {3} 学号, {4} the student's class on the roster. */
    WRONG_CLASS("examimport.error.wrongClass"),
    /** {2} 学号, {3} the student's class. */
    NOT_YOUR_CLASS("examimport.error.notYourClass"),
    /** {2} the value. */
    NOT_A_NUMBER("examimport.error.notNumber"),
    /** {2} the value. */
    NEGATIVE("examimport.error.negative"),
    /** {2} the value, {3} the maximum. */
    ABOVE_MAX("examimport.error.aboveMax"),
    /** {2} the value. */
    HALF_POINT_NOT_ALLOWED("examimport.error.halfPointNotAllowed"),
    /** {2} the value. */
    TOO_PRECISE("examimport.error.tooPrecise"),
    /** {2} the value. */
    BAD_OPTION("examimport.error.badOption"),
    /** {2} the value. */
    BAD_STATUS("examimport.error.badStatus"),
    ABSENT_WITH_SCORES("examimport.error.absentWithScores"),
    /** {2} the total in the file, {3} the sum of the item points. */
    TOTAL_MISMATCH("examimport.error.totalMismatch"),
    /** A column that is not imported; a note. */
    IGNORED_COLUMN("examimport.note.ignoredColumn"),
    /** {2} 学号, {3} the name on the roster; a note. */
    NAME_DIFFERS("examimport.note.nameDiffers"),
    /** {2} the answer key; a note: points of an objective item are scored from the options. */
    POINTS_FROM_KEY("examimport.note.pointsFromKey"),
    /** Column = class name; {2} how many, {3} up to five 学号 and names; a note. */
    MISSING_STUDENTS("examimport.note.missingStudents"),
    /** Column = class names; {2} results that will be replaced; a note. */
    REPLACES("examimport.note.replaces");

    private final String key;

    ScoreProblem(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    ImportProblem at(int rowNumber, String column, Object... details) {
        return ImportProblem.of(rowNumber, column, key, details);
    }
}
