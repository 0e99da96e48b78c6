package vn.vanthu.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AggregateRoot;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.signature.internal.BuiltInAuthority;

/**
 * A certificate an official or an agency's seal signs with, and where its key is. Only a certificate that is in its
 * validity period and not revoked signs.
 */
@Entity
@Table(name = "signing_certificate")
class SigningCertificate extends AggregateRoot<SigningCertificate> {

    @Enumerated(EnumType.STRING)
    private HolderKind holderKind;
    private @Nullable UUID personId;
    private AgencyCode agencyCode;
    private String subject;
    private String issuer;
    private String serialNumber;
    private Instant notBefore;
    private Instant notAfter;
    private byte[] certificate;
    @Enumerated(EnumType.STRING)
    private KeySource keySource;
    private byte @Nullable [] sealedKeyStore;
    private @Nullable String deviceName;
    private boolean issuedHere;
    private @Nullable Instant revokedAt;
    private @Nullable String revocationReason;

    SigningCertificate(HolderKind holderKind, @Nullable UUID personId, AgencyCode agencyCode,
            X509Certificate certificate, KeySource keySource, boolean issuedHere) {
        this.holderKind = holderKind;
        this.personId = personId;
        this.agencyCode = agencyCode;
        this.subject = readable(certificate.getSubjectX500Principal());
        this.issuer = readable(certificate.getIssuerX500Principal());
        this.serialNumber = certificate.getSerialNumber().toString(16);
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.certificate = BuiltInAuthority.der(certificate);
        this.keySource = keySource;
        this.issuedHere = issuedHere;
    }

    /** The name as people read it: attribute names, not OIDs and hex (title, organisation identifier). */
    static String readable(javax.security.auth.x500.X500Principal name) {
        return org.bouncycastle.asn1.x500.style.BCStyle.INSTANCE.toString(
                org.bouncycastle.asn1.x500.X500Name.getInstance(name.getEncoded()));
    }

    protected SigningCertificate() {
        // for JPA
    }

    /** The label a sealed key store is bound to: this row, so a sealed key copied elsewhere does not open. */
    String keyLabel() {
        return "signing_certificate:" + id();
    }

    SigningCertificate keepKeyStore(byte[] sealed) {
        this.sealedKeyStore = sealed;
        return this;
    }

    SigningCertificate onDevice(String name) {
        this.deviceName = name;
        return this;
    }

    /** Refuses a certificate that may not sign now: revoked, expired, or not valid yet. */
    /**
     * The newest usable certificate of {@code candidates} (newest first); when none is, the reason the newest is not
     * (expired, revoked, not yet valid), else {@code noneKey}.
     */
    static SigningCertificate newestUsable(List<SigningCertificate> candidates, Instant now, String noneKey) {
        return candidates.stream().filter(c -> c.usable(now)).findFirst().orElseGet(() -> {
            if (!candidates.isEmpty()) {
                candidates.get(0).checkUsable(now);
            }
            throw new RuleViolation(noneKey);
        });
    }

    void checkUsable(Instant at) {
        if (revokedAt != null) {
            throw new RuleViolation("signature.certificate.revoked", revocationReason == null ? "" : revocationReason);
        }
        if (at.isAfter(notAfter)) {
            throw new RuleViolation("signature.certificate.expired", notAfter);
        }
        if (at.isBefore(notBefore)) {
            throw new RuleViolation("signature.certificate.not-yet-valid", notBefore);
        }
    }

    void revoke(String reason, Instant at) {
        if (revokedAt != null) {
            throw new RuleViolation("signature.certificate.already-revoked");
        }
        revokedAt = at;
        revocationReason = reason.strip();
    }

    boolean usable(Instant at) {
        return revokedAt == null && !at.isAfter(notAfter) && !at.isBefore(notBefore);
    }

    HolderKind holderKind() {
        return holderKind;
    }

    @Nullable UUID personId() {
        return personId;
    }

    AgencyCode agencyCode() {
        return agencyCode;
    }

    X509Certificate certificate() {
        return BuiltInAuthority.certificate(certificate);
    }

    KeySource keySource() {
        return keySource;
    }

    byte @Nullable [] sealedKeyStore() {
        return sealedKeyStore;
    }

    CertificateView view() {
        return new CertificateView(id(), holderKind, personId, agencyCode.value(), subject, issuer, serialNumber,
                notBefore, notAfter, keySource, deviceName, issuedHere, revokedAt, revocationReason,
                usable(Instant.now()));
    }
}
