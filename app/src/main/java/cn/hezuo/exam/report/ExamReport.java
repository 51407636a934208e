package cn.hezuo.exam.report;

import cn.hezuo.exam.Exam;
import cn.hezuo.exam.results.LoadedExam;
import cn.hezuo.exam.results.LoadedExam.ResultStudent;
import cn.hezuo.school.SchoolClass;
import java.util.List;
import java.util.Set;

/**
 * One exam loaded for one user: the data, and what the user may see of it. Aggregates of every class are shown to
 * everyone who may see the exam; student rows only for {@link #viewableClassIds()}.
 */
record ExamReport(LoadedExam data, String subjectName, Set<Long> viewableClassIds, boolean canImport,
                         boolean canManage) {

    public Exam exam() {
        return data.exam();
    }

    public boolean seesEveryClass() {
        return data.classes().stream().allMatch(c -> viewableClassIds.contains(c.getId()));
    }

    public boolean canSee(ResultStudent student) {
        return viewableClassIds.contains(student.classId());
    }

    public boolean canSeeClass(String className) {
        return data.classes().stream().anyMatch(c -> c.getName().equals(className)
                && viewableClassIds.contains(c.getId()));
    }

    public List<SchoolClass> viewableClasses() {
        return data.classes().stream().filter(c -> viewableClassIds.contains(c.getId())).toList();
    }

    /**
     * Above this many classes (a district: thousands) the pages show the grade, upper and lower groups only: a column,
     * an option row or a chart series per class would make pages of hundreds of thousands of cells that no one can
     * read and that take seconds to render. The per-class numbers stay in the .xlsx export.
     */
    static final int MAX_CLASS_COLUMNS = 60;

    /** Whether the pages list every class side by side (see {@link #MAX_CLASS_COLUMNS}). */
    public boolean listsEachClass() {
        return data.classes().size() <= MAX_CLASS_COLUMNS;
    }

    public List<String> classNames() {
        return data.classes().stream().map(SchoolClass::getName).toList();
    }

    /** Students of the classes the user may see, in 学号 order. */
    public List<ResultStudent> visibleStudents() {
        return data.students().values().stream().filter(this::canSee).toList();
    }
}
