package cn.hezuo.group.roles;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleSchemeRepository extends JpaRepository<RoleScheme, Long> {
    Optional<RoleScheme> findByClassId(Long classId);
}
