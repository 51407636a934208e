package cn.hezuo.research.listen;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ListenRecordRepository extends JpaRepository<ListenRecord, Long> {

    boolean existsByObserverIdAndClassIdAndLessonDateAndPeriod(Long observerId, Long classId, LocalDate lessonDate,
                                                                int period);

    List<ListenRecord> findByObserverIdAndTermIdOrderByLessonDateDescPeriodDescIdDesc(Long observerId, Long termId);

    Optional<ListenRecord> findByIdAndSchoolId(Long id, Long schoolId);

    /** Observer id and count, for the given observers in a term (one grouped query, however many teachers). */
    @Query("select r.observerId, count(r) from ListenRecord r where r.termId = :termId and r.observerId in :observers"
            + " group by r.observerId")
    List<Object[]> countByObserver(@Param("termId") Long termId, @Param("observers") Collection<Long> observers);

    /** Observed teacher id and count: how often each teacher's lessons were observed in a term. */
    @Query("select r.observedId, count(r) from ListenRecord r where r.termId = :termId and r.observedId in :observed"
            + " group by r.observedId")
    List<Object[]> countByObserved(@Param("termId") Long termId, @Param("observed") Collection<Long> observed);
}
