package cn.hezuo.roster.importing;

import java.util.List;

/** The fixed columns of a roster file, in template order; subject score columns follow them. */
enum RosterColumn {
    STUDENT_NO("学号", true, List.of("考号", "学生学号")),
    NAME("姓名", true, List.of("学生姓名", "名字")),
    GENDER("性别", true, List.of()),
    PERSONALITY("性格", false, List.of("性格类型")),
    NOTES("备注", false, List.of("说明"));

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
