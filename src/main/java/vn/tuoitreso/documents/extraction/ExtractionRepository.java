package vn.tuoitreso.documents.extraction;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtractionRepository extends JpaRepository<Extraction, Long> {

    Optional<Extraction> findByReference(String reference);

    List<Extraction> findByReferenceIn(Collection<String> references);
}
