package cn.hezuo.research.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResearchActivityRepository extends JpaRepository<ResearchActivity, Long> {

    List<ResearchActivity> findByGroupIdAndTermIdOrderByDateAscStartTimeAscIdAsc(Long groupId, Long termId);

    List<ResearchActivity> findByGroupIdInAndDateGreaterThanEqualOrderByDateAscStartTimeAscIdAsc(
            Collection<Long> groupIds, LocalDate from);

    Optional<ResearchActivity> findByIdAndSchoolId(Long id, Long schoolId);

    List<ResearchActivity> findByHostIdAndTermIdOrderByDateAscIdAsc(Long hostId, Long termId);

    List<ResearchActivity> findByIdInAndTermIdOrderByDateAscIdAsc(Collection<Long> ids, Long termId);

    List<ResearchActivity> findBySchoolIdAndTermIdAndKindInAndDateLessThanEqualOrderByDateDescIdDesc(
            Long schoolId, Long termId, Collection<ActivityKind> kinds, LocalDate upTo);
}
