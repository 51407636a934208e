package cn.hezuo.roster.importing;

import java.util.List;

/** The fixed columns of a roster file, in template order (班级 is not in the template); subject columns follow them. */
enum RosterColumn {
    // Headers as schools' own files come: the 教务处's export, a national 学籍 list, an English template.
    STUDENT_NO("学号", true, List.of("考号", "学生学号", "学生编号", "学籍号", "学生学籍号", "编号", "student_id",
            "studentid", "student_no", "studentno", "id")),
    NAME("姓名", true, List.of("学生姓名", "名字", "name", "student_name")),
    GENDER("性别", true, List.of("gender", "sex")),
    PERSONALITY("性格", false, List.of("性格类型")),
    NOTES("备注", false, List.of("说明")),
    /** Which class the student is in: a grade-wide sheet has it; a class import checks it names that class. */
    CLASS("班级", false, List.of("班别", "班级名称", "所在班级", "行政班", "班", "class"));

    private final String header;
    private final boolean required;
    private final List<String> aliases;

    RosterColumn(String header, boolean required, List<String> aliases) {
        this.header = header;
        this.required = required;
        this.aliases = aliases;
    }

    /** The header written to templates and exports, and the column name used in messages. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    List<String> aliases() {
        return aliases;
    }
}
