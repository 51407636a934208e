package cn.hezuo.research.group;

import cn.hezuo.system.ChineseOrder;
import cn.hezuo.teacher.Teacher;
import cn.hezuo.teacher.TeacherService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The school's teachers as the research pages need them: by id, by pinyin, with 出生年份/参加工作年份/职称. */
@Component
public class Staff {

    private final TeacherService teachers;

    Staff(TeacherService teachers) {
        this.teachers = teachers;
    }

    /** Every teacher of the school (active or not) by id, so old records still show names. */
    public Map<Long, Teacher> byId(long schoolId) {
        return teachers.teachers(schoolId).stream().collect(Collectors.toMap(Teacher::getId, Function.identity()));
    }

    /** Id → name for every teacher of the school. */
    public Map<Long, String> names(long schoolId) {
        return teachers.teachers(schoolId).stream().collect(Collectors.toMap(Teacher::getId, Teacher::getName));
    }

    /** Active teachers sorted by pinyin, for pickers. */
    public List<Teacher> active(long schoolId) {
        return teachers.teachers(schoolId).stream().filter(Teacher::isActive)
                .sorted(ChineseOrder.by(Teacher::getName)).toList();
    }
}
