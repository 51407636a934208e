package cn.hezuo.school;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school feature's public read side for subjects (学科), for other features. */
@Service
@Transactional(readOnly = true)
public class SubjectDirectory {

    private final SubjectRepository subjects;

    SubjectDirectory(SubjectRepository subjects) {
        this.subjects = subjects;
    }

    public Optional<Subject> find(Long subjectId) {
        return subjects.findById(subjectId);
    }

    /** The subject only if it belongs to that school. */
    public Optional<Subject> findInSchool(Long subjectId, Long schoolId) {
        return subjects.findByIdAndSchoolId(subjectId, schoolId);
    }

    /** All subjects of a school, retired ones too, in their order. */
    public List<Subject> ofSchool(Long schoolId) {
        return subjects.findBySchoolIdOrderBySortOrderAscIdAsc(schoolId);
    }

    /** The subjects a school teaches now, in their order. */
    public List<Subject> activeOfSchool(Long schoolId) {
        return subjects.findBySchoolIdAndActiveTrueOrderBySortOrderAscIdAsc(schoolId);
    }
}
