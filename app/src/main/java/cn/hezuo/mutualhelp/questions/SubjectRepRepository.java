package cn.hezuo.mutualhelp.questions;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubjectRepRepository extends JpaRepository<SubjectRep, Long> {

    Optional<SubjectRep> findByClassIdAndSubjectId(Long classId, Long subjectId);

    List<SubjectRep> findByClassIdOrderBySubjectIdAsc(Long classId);
}
