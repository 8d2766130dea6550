package vn.tuoitreso.identity.unit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    boolean existsByParentId(long parentId);

    List<Unit> findByParentId(long parentId);

    List<Unit> findBySeededTrue();

    List<Unit> findAllByOrderByDisplayOrderAscNameAsc();
}
