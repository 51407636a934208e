package cn.hezuo.commendation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommendationRepository extends JpaRepository<Commendation, Long> {

    /** Every revision, newest first. */
    List<Commendation> findByClassIdAndMonthOrderByRevisionDesc(Long classId, String month);

    List<Commendation> findBySchoolIdAndMonthOrderByClassIdAscRevisionDesc(Long schoolId, String month);

    Optional<Commendation> findByIdAndSchoolId(Long id, Long schoolId);
}
