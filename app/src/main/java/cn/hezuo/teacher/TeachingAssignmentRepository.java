package cn.hezuo.teacher;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TeachingAssignmentRepository extends JpaRepository<TeachingAssignment, Long> {
    List<TeachingAssignment> findByTeacherIdOrderByIdAsc(Long teacherId);

    List<TeachingAssignment> findByClassIdOrderByIdAsc(Long classId);

    boolean existsByClassIdAndTeacherId(Long classId, Long teacherId);

    boolean existsByClassIdAndTeacherIdAndSubjectId(Long classId, Long teacherId, Long subjectId);

    void deleteByTeacherId(Long teacherId);
}
