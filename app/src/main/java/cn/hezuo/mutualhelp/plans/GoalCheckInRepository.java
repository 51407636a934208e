package cn.hezuo.mutualhelp.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GoalCheckInRepository extends JpaRepository<GoalCheckIn, Long> {

    List<GoalCheckIn> findByClassIdAndOnDayBetweenOrderByGroupNoAscOnDayAscIdAsc(Long classId, LocalDate from,
                                                                                 LocalDate to);

    List<GoalCheckIn> findByGroupIdOrderByOnDayDescIdDesc(Long groupId);

    Optional<GoalCheckIn> findByStudentIdAndRequestId(Long studentId, String requestId);
}
