package vn.vanthu.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Everyone with an account. */
interface Users extends Repository<User, UUID> {

    User save(User user);

    <S extends User> List<S> saveAll(Iterable<S> users);

    Optional<User> findById(UUID id);

    List<User> findAllById(Iterable<UUID> ids);

    @Query("select u from User u where u.agencyId = :agencyId and u.enabled = true and :role member of u.roles "
            + "order by u.searchKey")
    List<User> findEnabledWithRole(@Param("agencyId") UUID agencyId, @Param("role") Role role);

    List<User> findByUnitIdAndEnabledTrueOrderBySearchKey(UUID unitId);

    Optional<User> findByUsername(String username);

    /**
     * The account with its row locked until the transaction ends, so that sign-in attempts on one account count one
     * after another: parallel guesses cannot slip past the lock-out.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from User u where u.username = :username")
    Optional<User> findForSignIn(@Param("username") String username);

    boolean existsByUsername(String username);

    long count();

    long countByUnitIdAndEnabledTrue(UUID unitId);

    @Query("select count(u) > 0 from User u where :role member of u.roles")
    boolean existsWithRole(@Param("role") Role role);

    @Query("""
            select new vn.vanthu.organisation.Users$Headcount(u.unitId, count(u)) from User u
            where u.agencyId = :agencyId and u.enabled = true and u.unitId is not null
            group by u.unitId
            """)
    List<Headcount> headcountByUnit(@Param("agencyId") UUID agencyId);

    /** How many active people work in a unit. */
    record Headcount(UUID unitId, long people) {
    }

    /** People of one agency (or all when null), filtered by unit, role and folded text (empty for any). */
    @Query("""
            select u from User u
            where (:agencyId is null or u.agencyId = :agencyId)
              and (:unitId is null or u.unitId = :unitId)
              and (:role is null or :role member of u.roles)
              and u.searchKey like concat('%', :text, '%') escape '\\'
            """)
    Page<User> search(@Param("agencyId") @Nullable UUID agencyId, @Param("unitId") @Nullable UUID unitId,
            @Param("role") @Nullable Role role, @Param("text") String text, Pageable pageable);
}
