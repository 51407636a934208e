package cn.hezuo.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrackingRecordRepository extends JpaRepository<TrackingRecord, Long> {
    Optional<TrackingRecord> findByIdAndSchoolId(Long id, Long schoolId);

    @Query("select r from TrackingRecord r where r.schoolId = ?1 order by r.openedAndClosed.openedAt desc")
    List<TrackingRecord> findBySchoolIdOrderByOpenedAtDesc(Long schoolId);

    @Query("select r from TrackingRecord r where r.studentId = ?1 order by r.openedAndClosed.openedAt desc")
    List<TrackingRecord> findByStudentIdOrderByOpenedAtDesc(Long studentId);
}
