package vn.vanthu.signature;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

import vn.vanthu.organisation.AgencyCode;

interface SigningCertificates extends Repository<SigningCertificate, UUID> {

    SigningCertificate save(SigningCertificate certificate);

    Optional<SigningCertificate> findById(UUID id);

    List<SigningCertificate> findByPersonIdOrderByNotAfterDesc(UUID personId);

    List<SigningCertificate> findByAgencyCodeOrderByHolderKindAscNotAfterDesc(AgencyCode agencyCode);

    List<SigningCertificate> findByAgencyCodeAndHolderKindOrderByNotAfterDesc(AgencyCode agencyCode,
            HolderKind holderKind);

    boolean existsByPersonId(UUID personId);

    boolean existsByIssuerAndSerialNumber(String issuer, String serialNumber);

    boolean existsByAgencyCodeAndHolderKind(AgencyCode agencyCode, HolderKind holderKind);
}
