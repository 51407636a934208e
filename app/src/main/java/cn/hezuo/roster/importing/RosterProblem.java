package cn.hezuo.roster.importing;

import cn.hezuo.spreadsheet.ImportProblem;

/**
 * Every kind of {@link ImportProblem}, with its key in {@code i18n/rosterimport*.properties}. Arguments {0} and {1}
 * are always row and column; the extra arguments of each kind are listed.
 */
enum RosterProblem {
    /** Header lacks a required column; blocks the whole file. */
    MISSING_COLUMN("rosterimport.error.missingColumn"),
    /** Two columns mean the same field, e.g. two 语文 columns; blocks the whole file. */
    DUPLICATE_COLUMN("rosterimport.error.duplicateColumn"),
    MISSING_STUDENT_NO("rosterimport.error.missingStudentNo"),
    /** {2} value, {3} maximum length. */
    INVALID_STUDENT_NO("rosterimport.error.invalidStudentNo"),
    /** {2} 学号, {3} row of its first occurrence. */
    DUPLICATE_STUDENT_NO("rosterimport.error.duplicateStudentNo"),
    /** {2} 学号, {3} class it is in, {4} name stored there. */
    STUDENT_NO_IN_OTHER_CLASS("rosterimport.error.studentNoInOtherClass"),
    MISSING_NAME("rosterimport.error.missingName"),
    /** {2} maximum length. */
    NAME_TOO_LONG("rosterimport.error.nameTooLong"),
    MISSING_GENDER("rosterimport.error.missingGender"),
    /** {2} value. */
    UNKNOWN_GENDER("rosterimport.error.unknownGender"),
    /** {2} value. */
    UNKNOWN_PERSONALITY("rosterimport.error.unknownPersonality"),
    /** {2} maximum length. */
    NOTES_TOO_LONG("rosterimport.error.notesTooLong"),
    /** {2} value. */
    SCORE_NOT_NUMBER("rosterimport.error.scoreNotNumber"),
    /** {2} value, {3} minimum, {4} maximum. */
    SCORE_OUT_OF_RANGE("rosterimport.error.scoreOutOfRange"),
    /** {2} value. */
    SCORE_TOO_PRECISE("rosterimport.error.scoreTooPrecise"),
    /** {2} the cell, {3} the class imported into: a grade-wide sheet names other classes. */
    OTHER_CLASS("rosterimport.error.otherClass"),
    /** A column that is not imported; a note, not an error. */
    IGNORED_COLUMN("rosterimport.note.ignoredColumn"),
    /** A warning: {2} the 学号 as read, {3} the class's usual width, {4} the 学号 padded to it. */
    LEADING_ZEROS_LOST("rosterimport.warning.leadingZeros"),
    /** A note on the header row: {2} the width numeric 学号 were padded to, {3} how many were padded. */
    PADDED("rosterimport.note.padded");

    private final String key;

    RosterProblem(String key) {
        this.key = key;
    }

    String key() {
        return key;
    }

    ImportProblem at(int rowNumber, String column, Object... details) {
        return ImportProblem.of(rowNumber, column, key, details);
    }
}
