package cn.hezuo.tracking;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrackingRecordRepository extends JpaRepository<TrackingRecord, Long> {
    Optional<TrackingRecord> findByIdAndSchoolId(Long id, Long schoolId);

    List<TrackingRecord> findBySchoolIdOrderByOpenedAtDesc(Long schoolId);

    List<TrackingRecord> findByStudentIdOrderByOpenedAtDesc(Long studentId);
}
