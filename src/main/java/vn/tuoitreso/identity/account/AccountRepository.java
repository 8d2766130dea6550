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

    /** ID and full name of each of these accounts, without loading the accounts (nor their roles). */
    @Query("select new vn.tuoitreso.identity.PersonName(a.id, a.fullName) from Account a where a.id in :ids")
    List<vn.tuoitreso.identity.PersonName> names(@Param("ids") java.util.Collection<Long> ids);

    @Query("""
            select count(a) > 0 from Account a join a.roles r
            where r = vn.tuoitreso.identity.Role.ADMIN and a.enabled = true""")
    boolean existsEnabledAdmin();

    /** Words typed ({@code w1}…{@code w3}, prefix patterns from {@link SearchWords#patterns}, '' for none). */
    String FILTER = """
            from Account a
            where (:w1 = '' or a.id in (select w.accountId from AccountSearchWord w where w.word like :w1))
            and (:w2 = '' or a.id in (select w.accountId from AccountSearchWord w where w.word like :w2))
            and (:w3 = '' or a.id in (select w.accountId from AccountSearchWord w where w.word like :w3))
            and (:role is null or :role member of a.roles)
            and (:unitId is null or a.unitId = :unitId)
            and (:moved = false or a.unitVanishedAt is not null)""";

    @Query("select a " + FILTER + " order by a.fullName, a.id")
    List<Account> search(@Param("w1") String w1, @Param("w2") String w2, @Param("w3") String w3,
            @Param("role") @Nullable Role role, @Param("unitId") @Nullable Long unitId, @Param("moved") boolean moved, Pageable page);

    @Query("select count(a) " + FILTER)
    long countSearch(@Param("w1") String w1, @Param("w2") String w2, @Param("w3") String w3,
            @Param("role") @Nullable Role role, @Param("unitId") @Nullable Long unitId, @Param("moved") boolean moved);
}
