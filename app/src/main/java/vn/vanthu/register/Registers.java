package vn.vanthu.register;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

import vn.vanthu.organisation.AgencyCode;

interface Registers extends Repository<Register, UUID> {

    Register save(Register register);

    <S extends Register> List<S> saveAll(Iterable<S> registers);

    Optional<Register> findById(UUID id);

    List<Register> findByAgencyCodeAndKindOrderBySortOrderAscNameAsc(AgencyCode agencyCode, RegisterKind kind);

    boolean existsByAgencyCodeAndKindAndNameIgnoreCase(AgencyCode agencyCode, RegisterKind kind, String name);

    // native: Spring Data would read a Set<AgencyCode> as a projection to construct
    @Query(value = "select distinct agency_code from register where agency_code in (:codes)", nativeQuery = true)
    Set<String> findAgenciesWithRegisters(@Param("codes") Collection<String> codes);
}
