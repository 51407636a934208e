package cn.hezuo.calling;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallingAbsenceRepository extends JpaRepository<CallingAbsence, Long> {
    List<CallingAbsence> findByClassIdAndAbsentOnOrderByStudentIdAsc(Long classId, LocalDate absentOn);

    Optional<CallingAbsence> findByClassIdAndStudentIdAndAbsentOn(Long classId, Long studentId, LocalDate absentOn);
}
