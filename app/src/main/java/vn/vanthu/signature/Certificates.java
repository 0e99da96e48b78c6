package vn.vanthu.signature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.signature.internal.BuiltInAuthority;
import vn.vanthu.signature.internal.KeyVault;

/**
 * The certificates officials and agencies sign with: issued by the built-in authority, imported as a PKCS#12, or
 * enrolled from a phone; listed, given a new PIN and revoked. A PKCS#12 is kept as the holder protected it (by their
 * PIN) and sealed once more with the deployment's key; the PIN itself is never kept.
 */
@Service
public class Certificates {

    static final int MIN_PIN_LENGTH = 6;
    private static final Duration VALIDITY = Duration.ofDays(3 * 365);
    private static final String ALIAS = "signer";

    private final SigningCertificates certificates;
    private final BuiltInAuthority authority;
    private final KeyVault vault;
    private final People people;
    private final AgencyDirectory agencies;
    private final ApplicationEventPublisher events;
    private final Pkcs11Provider token;
    private final PinAttempts attempts;

    Certificates(SigningCertificates certificates, BuiltInAuthority authority, KeyVault vault, People people,
            AgencyDirectory agencies, ApplicationEventPublisher events, Pkcs11Provider token, PinAttempts attempts) {
        this.token = token;
        this.attempts = attempts;
        this.certificates = certificates;
        this.authority = authority;
        this.vault = vault;
        this.people = people;
        this.agencies = agencies;
        this.events = events;
    }

    /** The caller's own certificates and, for the clerks, leaders and administrators of an agency, its seal's. */
    @Transactional(readOnly = true)
    public List<CertificateView> visibleTo(CurrentUser me) {
        List<SigningCertificate> found = me.managesPeople()
                ? certificates.findByAgencyCodeOrderByHolderKindAscNotAfterDesc(me.agencyCode())
                : certificates.findByPersonIdOrderByNotAfterDesc(me.id());
        if (!me.managesPeople() && (me.hasRole(Role.CLERK)
                || me.hasRole(Role.LEADER))) {
            found = new java.util.ArrayList<>(found);
            found.addAll(certificates.findByAgencyCodeAndHolderKindOrderByNotAfterDesc(me.agencyCode(),
                    HolderKind.AGENCY));
        }
        return found.stream().map(SigningCertificate::view).toList();
    }

    @Transactional(readOnly = true)
    public CertificateView certificate(UUID id, CurrentUser me) {
        return visible(id, me).view();
    }

    /** The certificate in DER, to download. */
    @Transactional(readOnly = true)
    public byte[] encoded(UUID id, CurrentUser me) {
        return BuiltInAuthority.der(visible(id, me).certificate());
    }

    /**
     * A new certificate from the built-in authority (an administrator of the agency issues it), with its key in a
     * PKCS#12 under {@code pin}. For a person: {@code personId}; for the agency seal: {@code personId} null.
     */
    @Transactional
    public CertificateView issue(AgencyCode agency, @Nullable UUID personId, char[] pin, CurrentUser me) {
        if (!me.administers(agency)) {
            throw new NotPermitted("signature.certificate.issue.not-permitted");
        }
        checkPin(pin);
        X500Name subject = subject(agency, personId);
        KeyPair keys = BuiltInAuthority.newKeyPair();
        Instant now = Instant.now();
        X509Certificate issued = authority.issue(subject, keys.getPublic(), now.minus(Duration.ofMinutes(5)),
                now.plus(VALIDITY));
        HolderKind kind = personId == null ? HolderKind.AGENCY : HolderKind.PERSON;
        SigningCertificate certificate = new SigningCertificate(kind, personId, agency, issued, KeySource.PKCS12,
                true);
        certificate.keepKeyStore(vault.seal(pkcs12(keys.getPrivate(), chain(issued), pin), certificate.keyLabel()));
        return saved(certificate, "signature.certificate.issued", me.username());
    }

    /** Imports a PKCS#12 the holder brought (their own, or the agency's seal by an administrator of the agency). */
    @Transactional
    public CertificateView importPkcs12(byte[] pkcs12, char[] pin, AgencyCode agency, @Nullable UUID personId,
            CurrentUser me) {
        boolean own = personId != null && personId.equals(me.id());
        if (!own && !me.administers(agency)) {
            throw new NotPermitted("signature.certificate.import.not-permitted");
        }
        KeyStore store = open(pkcs12, pin);
        X509Certificate certificate = signerCertificate(store);
        checkSigningCertificate(certificate, agency, personId);
        checkNotOnFile(certificate);
        SigningCertificate imported = new SigningCertificate(personId == null ? HolderKind.AGENCY : HolderKind.PERSON,
                personId, agency, certificate, KeySource.PKCS12, authority.issued(certificate));
        imported.keepKeyStore(vault.seal(pkcs12, imported.keyLabel()));
        return saved(imported, "signature.certificate.imported", me.username());
    }

    /**
     * Registers the agency seal's certificate that sits on the configured PKCS#11 token or HSM (the one naming the
     * agency), so the agency signs with the token's key; an administrator of the agency does it once.
     */
    @Transactional
    public CertificateView registerTokenCertificate(AgencyCode agency, CurrentUser me) {
        if (!me.administers(agency)) {
            throw new NotPermitted("signature.certificate.import.not-permitted");
        }
        String agencyName = normal(agencyName(agency));
        X509Certificate found = token.certificates().stream()
                .filter(certificate -> organisationIdentifier(certificate).endsWith(agency.value())
                        || commonName(certificate).equals(agencyName))
                .filter(certificate -> Instant.now().isBefore(certificate.getNotAfter().toInstant()))
                .findFirst()
                .orElseThrow(() -> new RuleViolation("signature.pkcs11.no-key"));
        checkNotOnFile(found);
        return saved(new SigningCertificate(HolderKind.AGENCY, null, agency, found, KeySource.PKCS11,
                authority.issued(found)), "signature.certificate.imported", me.username());
    }

    /** A certificate from the built-in authority for a key a phone made: only its public key ever comes here. */
    @Transactional
    public CertificateView enrolPhone(PublicKey phoneKey, String deviceName, CurrentUser me) {
        X500Name subject = subject(me.agencyCode(), me.id());
        Instant now = Instant.now();
        X509Certificate issued = authority.issue(subject, phoneKey, now.minus(Duration.ofMinutes(5)),
                now.plus(VALIDITY));
        SigningCertificate certificate = new SigningCertificate(HolderKind.PERSON, me.id(), me.agencyCode(), issued,
                KeySource.PHONE, true).onDevice(deviceName.strip());
        return saved(certificate, "signature.certificate.enrolled", me.username());
    }

    @Transactional
    public void changePin(UUID id, char[] oldPin, char[] newPin, CurrentUser me) {
        SigningCertificate certificate = holdersOwn(id, me);
        checkPin(newPin);
        byte[] sealed = certificate.sealedKeyStore();
        if (certificate.keySource() != KeySource.PKCS12 || sealed == null) {
            throw new RuleViolation("signature.certificate.no-pin");
        }
        KeyStore store = attempts.opened(certificate.id(), () -> open(vault.open(sealed, certificate.keyLabel()),
                oldPin));
        try {
            String alias = keyAlias(store);
            PrivateKey key = (PrivateKey) store.getKey(alias, oldPin);
            byte[] renewed = pkcs12(key, Arrays.stream(store.getCertificateChain(alias))
                    .map(X509Certificate.class::cast).toList(), newPin);
            certificate.keepKeyStore(vault.seal(renewed, certificate.keyLabel()));
        } catch (GeneralSecurityException e) {
            throw new InvalidValue("pin", "signature.pin.wrong");
        }
        saved(certificate, "signature.certificate.pin-changed", me.username());
    }

    @Transactional
    public CertificateView revoke(UUID id, String reason, CurrentUser me) {
        SigningCertificate certificate = visible(id, me);
        boolean own = me.id().equals(certificate.personId());
        if (!own && !me.administers(certificate.agencyCode())) {
            throw new NotPermitted("signature.certificate.revoke.not-permitted");
        }
        if (reason.isBlank()) {
            throw new InvalidValue("reason", "signature.certificate.revoke.reason-required");
        }
        certificate.revoke(reason, Instant.now());
        return saved(certificate, "signature.certificate.revoked-action", me.username());
    }

    /** Every certificate of an official ({@code personId}) or of the agency's seal (null), the newest first. */
    @Transactional(readOnly = true)
    List<SigningCertificate> all(HolderKind holder, AgencyCode agency, @Nullable UUID personId) {
        return holder == HolderKind.PERSON
                ? certificates.findByPersonIdOrderByNotAfterDesc(java.util.Objects.requireNonNull(personId))
                : certificates.findByAgencyCodeAndHolderKindOrderByNotAfterDesc(agency, HolderKind.AGENCY);
    }

    Optional<SigningCertificate> find(UUID id) {
        return certificates.findById(id);
    }

    /** Whether {@code personId} already has a certificate, or (null) the agency's seal has one. */
    @Transactional(readOnly = true)
    public boolean hasAny(AgencyCode agency, @Nullable UUID personId) {
        return personId == null ? certificates.existsByAgencyCodeAndHolderKind(agency, HolderKind.AGENCY)
                : certificates.existsByPersonId(personId);
    }

    private CertificateView saved(SigningCertificate certificate, String action, String actor) {
        SigningCertificate saved = certificates.save(certificate);
        CertificateView view = saved.view();
        events.publishEvent(new CertificateChanged(UUID.randomUUID(), view.id(), view.agencyCode(), action,
                Map.of("subject", view.subject(), "serial", view.serialNumber(), "source", view.keySource().name()),
                actor, Instant.now()));
        return view;
    }

    private SigningCertificate visible(UUID id, CurrentUser me) {
        SigningCertificate certificate = certificates.findById(id)
                .orElseThrow(() -> new NotFound("signature.certificate.not-found"));
        boolean own = me.id().equals(certificate.personId());
        boolean agencySeal = certificate.holderKind() == HolderKind.AGENCY
                && certificate.agencyCode().equals(me.agencyCode());
        if (!own && !agencySeal && !me.administers(certificate.agencyCode())) {
            throw new NotFound("signature.certificate.not-found");
        }
        return certificate;
    }

    private SigningCertificate holdersOwn(UUID id, CurrentUser me) {
        SigningCertificate certificate = visible(id, me);
        boolean own = me.id().equals(certificate.personId());
        if (!own && !(certificate.holderKind() == HolderKind.AGENCY && me.administers(certificate.agencyCode()))) {
            throw new NotPermitted("signature.certificate.not-holder");
        }
        return certificate;
    }

    private X500Name subject(AgencyCode agency, @Nullable UUID personId) {
        String agencyName = agencyName(agency);
        if (personId == null) {
            return BuiltInAuthority.subject(agencyName, null, agencyName, agency.value());
        }
        Person person = people.person(personId).filter(p -> p.agencyCode().equals(agency))
                .orElseThrow(() -> new NotFound("organisation.user.not-found"));
        return BuiltInAuthority.subject(person.fullName(), person.positionTitle(), agencyName, agency.value());
    }

    private String agencyName(AgencyCode agency) {
        return agencies.findByCode(agency).map(vn.vanthu.organisation.AgencyView::name)
                .orElseThrow(() -> new NotFound("organisation.agency.not-found"));
    }

    private void checkSigningCertificate(X509Certificate certificate, AgencyCode agency, @Nullable UUID personId) {
        Instant now = Instant.now();
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw new InvalidValue("file", "signature.certificate.expired", certificate.getNotAfter().toInstant());
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[0] && !usage[1]) {
            throw new InvalidValue("file", "signature.certificate.not-for-signing");
        }
        String holderName = personId == null
                ? agencyName(agency)
                : people.person(personId).filter(person -> person.agencyCode().equals(agency))
                        .orElseThrow(() -> new NotFound("organisation.user.not-found")).fullName();
        if (!commonName(certificate).equals(normal(holderName))) {
            throw new InvalidValue("file", "signature.certificate.other-holder", commonName(certificate),
                    holderName);
        }
    }

    private void checkNotOnFile(X509Certificate certificate) {
        String issuer = SigningCertificate.readable(certificate.getIssuerX500Principal());
        if (certificates.existsByIssuerAndSerialNumber(issuer, certificate.getSerialNumber().toString(16))) {
            throw new RuleViolation("signature.certificate.already-on-file");
        }
    }

    private static String organisationIdentifier(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(name.getRDNs(BCStyle.ORGANIZATION_IDENTIFIER))
                .map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue())).findFirst().orElse("");
    }

    private static String commonName(X509Certificate certificate) {
        X500Name name = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        return Arrays.stream(name.getRDNs(BCStyle.CN)).map(rdn -> IETFUtils.valueToString(rdn.getFirst().getValue()))
                .map(Certificates::normal).findFirst().orElse("");
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT);
    }

    private List<X509Certificate> chain(X509Certificate issued) {
        return List.of(issued, authority.issuingCa(), authority.root());
    }

    static void checkPin(char[] pin) {
        if (pin.length < MIN_PIN_LENGTH) {
            throw new InvalidValue("pin", "signature.pin.too-short", MIN_PIN_LENGTH);
        }
    }

    static byte[] pkcs12(PrivateKey key, List<X509Certificate> chain, char[] pin) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, pin, chain.toArray(Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, pin);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Could not write a PKCS#12", e);
        }
    }

    /** Opens a PKCS#12; a wrong PIN or a file that is no PKCS#12 is the caller's mistake, not ours. */
    static KeyStore open(byte[] pkcs12, char[] pin) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), pin);
            keyAlias(store);
            return store;
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getMessage() != null
                    && e.getMessage().toLowerCase(Locale.ROOT).contains("password")) {
                throw new InvalidValue("pin", "signature.pin.wrong");
            }
            throw new InvalidValue("file", "signature.pkcs12.invalid");
        } catch (GeneralSecurityException e) {
            throw new InvalidValue("file", "signature.pkcs12.invalid");
        }
    }

    static String keyAlias(KeyStore store) throws java.security.KeyStoreException {
        for (String alias : Collections.list(store.aliases())) {
            if (store.isKeyEntry(alias)) {
                return alias;
            }
        }
        throw new InvalidValue("file", "signature.pkcs12.no-key");
    }

    private static X509Certificate signerCertificate(KeyStore store) {
        try {
            return (X509Certificate) store.getCertificate(keyAlias(store));
        } catch (java.security.KeyStoreException e) {
            throw new InvalidValue("file", "signature.pkcs12.invalid");
        }
    }
}
