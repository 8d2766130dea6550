package vn.tuoitreso.identity.account;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tuoitreso.identity.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    Optional<Account> findByPhone(String phone);

    default Optional<Account> findByContact(Contact contact) {
        return contact.email() != null ? findByEmail(contact.email()) : findByPhone(String.valueOf(contact.phone()));
    }

    default boolean existsByContact(Contact contact) {
        return findByContact(contact).isPresent();
    }

    boolean existsByUnitId(long unitId);

    List<Account> findByUnitId(long unitId);

    List<Account> findByDemoTrueAndEnabledTrue();

    @Query("""
            select count(a) > 0 from Account a join a.roles r
            where r = vn.tuoitreso.identity.Role.ADMIN and a.enabled = true""")
    boolean existsEnabledAdmin();

    String FILTER = """
            from Account a where (:text = '' or lower(a.fullName) like :text or a.email like :text or a.phone like :text)
            and (:role is null or :role member of a.roles)
            and (:unitId is null or a.unitId = :unitId)
            and (:moved = false or a.unitVanishedAt is not null)""";

    @Query("select a " + FILTER + " order by a.fullName, a.id")
    List<Account> search(@Param("text") String text, @Param("role") @Nullable Role role,
            @Param("unitId") @Nullable Long unitId, @Param("moved") boolean moved, Pageable page);

    @Query("select count(a) " + FILTER)
    long countSearch(@Param("text") String text, @Param("role") @Nullable Role role,
            @Param("unitId") @Nullable Long unitId, @Param("moved") boolean moved);
}
