package vn.vanthu.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** The units of all agencies. */
interface Units extends Repository<Unit, UUID> {

    Unit save(Unit unit);

    <S extends Unit> List<S> saveAll(Iterable<S> units);

    Optional<Unit> findById(UUID id);

    List<Unit> findAllById(Iterable<UUID> ids);

    List<Unit> findByAgencyIdOrderBySortOrderAscNameAsc(UUID agencyId);

    boolean existsByAgencyIdAndAbbreviationIgnoreCase(UUID agencyId, String abbreviation);

    long count();
}
