package cn.hezuo.research.rubric;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricScoreSheetRepository extends JpaRepository<RubricScoreSheet, Long> {

    List<RubricScoreSheet> findBySchoolIdAndTargetKindAndTargetIdInOrderByIdAsc(Long schoolId, String targetKind,
                                                                              Collection<Long> targetIds);

    Optional<RubricScoreSheet> findByRubricIdAndTargetKindAndTargetIdAndScorer(Long rubricId, String targetKind,
                                                                             Long targetId, String scorer);

    List<RubricScoreSheet> findBySchoolIdAndTargetKindAndScorerAndTargetIdIn(Long schoolId, String targetKind,
                                                                           String scorer, Collection<Long> targetIds);
}
