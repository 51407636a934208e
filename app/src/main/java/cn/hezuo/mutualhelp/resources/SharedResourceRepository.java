package cn.hezuo.mutualhelp.resources;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SharedResourceRepository extends JpaRepository<SharedResource, Long> {

    List<SharedResource> findByClassIdAndRemovedFalseOrderByCreatedAtDescIdDesc(Long classId, Pageable page);
}
