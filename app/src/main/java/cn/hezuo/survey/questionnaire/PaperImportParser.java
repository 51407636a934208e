package cn.hezuo.survey.questionnaire;

import cn.hezuo.spreadsheet.ImportProblem;
import cn.hezuo.spreadsheet.ImportProblems;
import cn.hezuo.spreadsheet.RowHandler;
import cn.hezuo.spreadsheet.Table;
import cn.hezuo.spreadsheet.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads paper answers as teachers type them: a header row with 学号 (named surveys) or 班级 (anonymous; also read for
 * named ones) and one column per question headed 1, 2 … or 第1题, Q1; a cell holds the option number (1 = first), its
 * letter (A = first) or its text; several for a multiple-choice question separated by 、 or commas; a blank cell is a
 * question left unanswered. Every problem names its row and column.
 */
final class PaperImportParser implements RowHandler {

    static final String STUDENT_NO = "学号";
    static final String CLASS = "班级";
    private static final Pattern QUESTION_HEADER = Pattern.compile("^(?:第\\s*)?[QqＱ]?\\s*(\\d{1,3})\\s*(?:题)?$");
    private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

    /** A student the import may name: their id and class. */
    record Known(long studentId, long classId) {
    }

    private final Survey survey;
    private final List<SurveyQuestion> questions;
    private final Map<String, Known> studentsByNo;
    private final Map<String, Long> classesByName;
    private final Set<Long> submitted;
    private final ImportProblems problems = new ImportProblems();
    private final List<PaperImportPreview.PaperRow> rows = new ArrayList<>();
    private final Map<String, Integer> seenStudentNos = new HashMap<>();
    private final Map<Integer, SurveyQuestion> questionByColumn = new TreeMap<>();
    private int studentColumn = -1;
    private int classColumn = -1;
    private boolean headerOk;

    PaperImportParser(Survey survey, List<SurveyQuestion> questions, Map<String, Known> studentsByNo,
                      Map<String, Long> classesByName, Set<Long> submitted) {
        this.survey = survey;
        this.questions = questions;
        this.studentsByNo = studentsByNo;
        this.classesByName = classesByName;
        this.submitted = submitted;
    }

    @Override
    public void header(Table header) {
        List<String> names = header.headers();
        int row = header.headerRowNumber();
        Set<Integer> found = new LinkedHashSet<>();
        for (int c = 0; c < names.size(); c++) {
            String name = names.get(c) == null ? "" : names.get(c).strip();
            if (name.equals(STUDENT_NO)) {
                studentColumn = c;
            } else if (name.equals(CLASS)) {
                classColumn = c;
            } else {
                Matcher m = QUESTION_HEADER.matcher(name);
                if (m.matches()) {
                    int number = Integer.parseInt(m.group(1));
                    if (number >= 1 && number <= questions.size()) {
                        questionByColumn.put(c, questions.get(number - 1));
                        found.add(number);
                    }
                }
            }
        }
        if (!survey.isAnonymous() && studentColumn < 0) {
            problems.add(ImportProblem.of(row, STUDENT_NO, "survey.import.error.noStudentColumn"));
        }
        if (survey.isAnonymous() && classColumn < 0) {
            problems.add(ImportProblem.of(row, CLASS, "survey.import.error.noClassColumn"));
        }
        for (int n = 1; n <= questions.size(); n++) {
            if (!found.contains(n)) {
                problems.add(ImportProblem.of(row, String.valueOf(n), "survey.import.error.noQuestionColumn", n));
            }
        }
        headerOk = problems.isEmpty();
    }

    @Override
    public void row(TableRow row) {
        if (!headerOk) {
            return;
        }
        int r = row.rowNumber();
        Long studentId = null;
        String studentNo = null;
        Long classId = null;
        boolean ok = true;
        if (!survey.isAnonymous()) {
            studentNo = cell(row, studentColumn);
            Known known = studentNo.isEmpty() ? null : studentsByNo.get(studentNo);
            if (studentNo.isEmpty()) {
                problems.add(ImportProblem.of(r, STUDENT_NO, "survey.import.error.studentNoBlank"));
                ok = false;
            } else if (known == null) {
                problems.add(ImportProblem.of(r, STUDENT_NO, "survey.import.error.studentUnknown", studentNo));
                ok = false;
            } else if (seenStudentNos.containsKey(studentNo)) {
                problems.add(ImportProblem.of(r, STUDENT_NO, "survey.import.error.studentTwice", studentNo,
                        seenStudentNos.get(studentNo)));
                ok = false;
            } else if (submitted.contains(known.studentId())) {
                problems.add(ImportProblem.of(r, STUDENT_NO, "survey.import.error.alreadySubmitted", studentNo));
                ok = false;
            } else {
                studentId = known.studentId();
                classId = known.classId();
            }
            if (!studentNo.isEmpty()) {
                seenStudentNos.putIfAbsent(studentNo, r);
            }
        } else {
            String className = cell(row, classColumn);
            classId = classesByName.get(className);
            if (classId == null) {
                problems.add(ImportProblem.of(r, CLASS, "survey.import.error.classUnknown", className));
                ok = false;
            }
        }
        Map<Long, List<Integer>> choices = new TreeMap<>();
        Map<Long, String> texts = new TreeMap<>();
        for (Map.Entry<Integer, SurveyQuestion> e : questionByColumn.entrySet()) {
            SurveyQuestion q = e.getValue();
            String column = String.valueOf(q.getSortOrder() + 1);
            String value = cell(row, e.getKey());
            if (value.isEmpty()) {
                continue;
            }
            if (q.getKind() == QuestionKind.TEXT) {
                if (value.length() > 300) {
                    problems.add(ImportProblem.of(r, column, "survey.import.error.textTooLong", 300));
                    ok = false;
                } else {
                    texts.put(q.getId(), value);
                }
                continue;
            }
            List<Integer> chosen = new ArrayList<>();
            for (String token : SEPARATORS.split(value)) {
                if (token.isEmpty()) {
                    continue;
                }
                int index = option(q, token);
                if (index < 0) {
                    problems.add(ImportProblem.of(r, column, "survey.import.error.badOption", token,
                            q.getOptions().size()));
                    ok = false;
                } else if (!chosen.contains(index)) {
                    chosen.add(index);
                }
            }
            if (q.getKind() != QuestionKind.MULTIPLE && chosen.size() > 1) {
                problems.add(ImportProblem.of(r, column, "survey.import.error.onlyOne", value));
                ok = false;
            }
            if (!chosen.isEmpty()) {
                choices.put(q.getId(), chosen.stream().sorted().toList());
            }
        }
        if (ok) {
            rows.add(new PaperImportPreview.PaperRow(r, studentId, studentNo, classId, choices, texts));
        }
    }

    PaperImportPreview finish() {
        return new PaperImportPreview(rows, problems.shown(), problems.omitted(), List.of());
    }

    /** 1-based number, letter, or the option's text; -1 when none fits. */
    static int option(SurveyQuestion q, String token) {
        List<String> options = q.getOptions();
        if (token.matches("\\d{1,2}")) {
            int n = Integer.parseInt(token);
            return n >= 1 && n <= options.size() ? n - 1 : -1;
        }
        if (token.length() == 1 && Character.isLetter(token.charAt(0)) && token.charAt(0) < 128) {
            int n = Character.toUpperCase(token.charAt(0)) - 'A';
            return n < options.size() ? n : -1;
        }
        return options.indexOf(token);
    }

    private static String cell(TableRow row, int column) {
        String value = column < 0 ? null : row.get(column);
        return value == null ? "" : value.strip();
    }
}
