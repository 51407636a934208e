package cn.hezuo.mutualhelp.pairs;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HelpPairRepository extends JpaRepository<HelpPair, Long> {

    List<HelpPair> findByClassIdAndSubjectIdAndActiveTrueOrderByGroupNoAscIdAsc(Long classId, Long subjectId);

    @Query("select p from HelpPair p where p.active = true and (p.studentA = ?1 or p.studentB = ?1) order by p.subjectId, p.id")
    List<HelpPair> activeOf(Long studentId);
}
