package cn.hezuo.tracking;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingNoteRepository extends JpaRepository<TrackingNote, Long> {
    List<TrackingNote> findByRecordIdOrderByNoteDateAscIdAsc(Long recordId);
}
