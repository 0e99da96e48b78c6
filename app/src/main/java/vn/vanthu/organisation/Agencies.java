package vn.vanthu.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** All agencies of the deployment. */
interface Agencies extends Repository<Agency, UUID> {

    Agency save(Agency agency);

    <S extends Agency> List<S> saveAll(Iterable<S> agencies);

    Optional<Agency> findById(UUID id);

    List<Agency> findAllById(Iterable<UUID> ids);

    Optional<Agency> findByCode(AgencyCode code);

    boolean existsByCode(AgencyCode code);

    boolean existsByCodeQd20(Decision20Code code);

    long count();

    // native: Spring Data would read a List<AgencyCode> as a projection to construct
    @Query(value = "select code from agency order by code", nativeQuery = true)
    List<String> findAllCodes();

    @Query("select a.level from Agency a where a.parentId = :parentId")
    List<AgencyLevel> findChildLevels(@Param("parentId") UUID parentId);

    /**
     * The directory read model: agencies with their parent's code and how many agencies sit under each, filtered by
     * level, parent, folded text (see {@link vn.vanthu.core.SearchKey}; empty for any) and code; the others may be
     * null.
     */
    @Query(value = """
            select new vn.vanthu.organisation.AgencySummary(a.id, a.code, a.codeQd20, a.name, a.abbreviation, a.level,
                   p.code, (select count(c) from Agency c where c.parentId = a.id), a.active)
            from Agency a left join Agency p on p.id = a.parentId
            where (:level is null or a.level = :level)
              and (:parentId is null or a.parentId = :parentId)
              and (:rootsOnly = false or a.parentId is null)
              and a.searchKey like concat('%', :text, '%') escape '\\'
              and (:code is null or a.code = :code)
            order by a.sortOrder, a.code
            """, countQuery = """
            select count(a) from Agency a
            where (:level is null or a.level = :level)
              and (:parentId is null or a.parentId = :parentId)
              and (:rootsOnly = false or a.parentId is null)
              and a.searchKey like concat('%', :text, '%') escape '\\'
              and (:code is null or a.code = :code)
            """)
    Page<AgencySummary> search(@Param("level") @Nullable AgencyLevel level,
            @Param("parentId") @Nullable UUID parentId, @Param("rootsOnly") boolean rootsOnly,
            @Param("text") String text, @Param("code") @Nullable AgencyCode code, Pageable pageable);
}
