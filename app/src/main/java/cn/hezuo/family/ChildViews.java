package cn.hezuo.family;

import cn.hezuo.commendation.StudentCertificates;
import cn.hezuo.exam.report.StudentExams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import cn.hezuo.group.MyGroup;
import cn.hezuo.group.MyGroupQuery;
import cn.hezuo.home.StudentProgressQuery;
import cn.hezuo.roster.Student;
import cn.hezuo.school.ClassDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds {@link ChildView} from the other features' public queries (the same ones the child's own page uses). */
@Component
class ChildViews {

    private final ClassDirectory classes;
    private final MyGroupQuery groups;
    private final StudentProgressQuery progress;
    private final StudentCertificates certificates;
    private final ClassNotices notices;
    private final StudentExams exams;

    ChildViews(ClassDirectory classes, MyGroupQuery groups, StudentProgressQuery progress,
               StudentCertificates certificates, ClassNotices notices, StudentExams exams) {
        this.exams = exams;
        this.classes = classes;
        this.groups = groups;
        this.progress = progress;
        this.certificates = certificates;
        this.notices = notices;
    }

    @Transactional(readOnly = true)
    ChildView of(Student child) {
        MyGroup group = groups.of(child).orElse(null);
        return new ChildView(child, classes.find(child.getClassId()).orElse(null), group,
                progress.of(child, group).orElse(null), certificates.of(child), notices.forClass(child.getClassId()),
                newestFirst(exams.ownResults(child)));
    }

    /** The child's own exam lines (the same rule as their 我的成绩), newest first as on that page, ranks dropped. */
    private static List<ChildExam> newestFirst(List<StudentExams.ExamLine> lines) {
        List<ChildExam> list = new ArrayList<>(lines.stream().map(ChildExam::of).toList());
        Collections.reverse(list);
        return list;
    }
}
