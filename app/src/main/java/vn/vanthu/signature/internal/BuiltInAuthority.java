package vn.vanthu.signature.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.Req;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.cert.ocsp.jcajce.JcaBasicOCSPRespBuilder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.signature.SignatureSettings;

/**
 * VanThu's own certificate authority for demo and tests: root, issuing CA and timestamp authority, made on the first
 * start and shared by every node through the database. It issues certificates for officials and agency seals, and
 * answers the revocation questions about them (CRL and OCSP) and timestamp requests, in-process for VanThu's own
 * validation and over HTTP for everyone else ({@code /pki/...}).
 */
@Component
public class BuiltInAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInAuthority.class);

    public static final String ROOT_CERTIFICATE = "/pki/root-ca.cer";
    public static final String ROOT_CRL = "/pki/root-ca.crl";
    public static final String ISSUING_CERTIFICATE = "/pki/issuing-ca.cer";
    public static final String ISSUING_CRL = "/pki/issuing-ca.crl";
    public static final String OCSP = "/pki/ocsp";
    public static final String TIMESTAMPS = "/pki/tsa";

    private static final Duration CRL_VALIDITY = Duration.ofDays(1);
    private static final Duration OCSP_VALIDITY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final KeyVault vault;
    private final SignatureSettings settings;
    private final TransactionTemplate transaction;
    private final Map<Authority.Role, Authority> authorities = new EnumMap<>(Authority.Role.class);
    private volatile @Nullable BuiltInTimestampAuthority timestamps;

    BuiltInAuthority(JdbcClient jdbc, KeyVault vault, SignatureSettings settings, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.settings = settings;
        this.transaction = transaction;
    }

    /** Loads the authority, making it first if this database has none; every node may call it at once. */
    public synchronized void open() {
        if (!authorities.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('vanthu.signature.authority'))").query().singleRow();
            for (Authority.Role role : Authority.Role.values()) {
                authorities.put(role, load(role).orElseGet(() -> create(role)));
            }
        });
        // the token carries its whole chain, its own certificate first, or no validator finds who signed it
        timestamps = new BuiltInTimestampAuthority(authority(Authority.Role.TIMESTAMPING),
                List.of(authority(Authority.Role.TIMESTAMPING).certificate(),
                        authority(Authority.Role.ISSUING).certificate(), root()));
    }

    public static KeyPair newKeyPair() {
        return CertificateProfiles.newKeyPair();
    }

    /** The subject of an official's certificate (with a title) or of an agency seal's (without). */
    public static X500Name subject(String commonName, @Nullable String title, String agencyName,
            String agencyCode) {
        return CertificateProfiles.name(commonName, title, agencyName, agencyCode);
    }

    public X509Certificate root() {
        return authority(Authority.Role.ROOT).certificate();
    }

    public X509Certificate issuingCa() {
        return authority(Authority.Role.ISSUING).certificate();
    }

    public BuiltInTimestampAuthority timestamps() {
        open();
        return java.util.Objects.requireNonNull(timestamps);
    }

    /** A certificate for {@code subject}'s key, valid from {@code notBefore} to {@code notAfter}. */
    public X509Certificate issue(X500Name subject, java.security.PublicKey key, Instant notBefore, Instant notAfter) {
        return CertificateProfiles.signer(subject, key, authority(Authority.Role.ISSUING), notBefore, notAfter,
                new CertificateProfiles.Urls(settings.pkiUrl(ISSUING_CERTIFICATE), settings.pkiUrl(ISSUING_CRL),
                        settings.pkiUrl(OCSP)));
    }

    /** Whether the built-in issuing CA signed {@code certificate}: its key, not merely its name. */
    public boolean issued(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(issuingCa().getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuingCa().getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The current CRL of the root (it lists nothing: the issuing CA is never revoked) or of the issuing CA. */
    public byte[] crl(boolean ofRoot) {
        Authority issuer = authority(ofRoot ? Authority.Role.ROOT : Authority.Role.ISSUING);
        Instant now = Instant.now();
        try {
            X509v2CRLBuilder crl = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(now));
            crl.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            crl.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
            crl.addExtension(Extension.cRLNumber, false,
                    new org.bouncycastle.asn1.x509.CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            if (!ofRoot) {
                jdbc.sql("select serial_number, revoked_at from signing_certificate "
                        + "where issued_here and revoked_at is not null")
                        .query((rs, row) -> {
                            crl.addCRLEntry(new BigInteger(rs.getString(1), 16),
                                    Date.from(rs.getObject(2, java.time.OffsetDateTime.class).toInstant()),
                                    CRLReason.unspecified);
                            return row;
                        }).list();
            }
            X509CRLHolder signed = crl.build(new JcaContentSignerBuilder(CertificateProfiles.SIGNATURE_ALGORITHM)
                    .build(issuer.privateKey()));
            return signed.getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Could not make the CRL", e);
        }
    }

    /** The OCSP answer to {@code request} (DER), signed by the issuing CA. */
    public byte[] ocsp(byte[] request) {
        try {
            OCSPReq ocspRequest = new OCSPReq(request);
            Authority issuing = authority(Authority.Role.ISSUING);
            X509CertificateHolder issuer = new JcaX509CertificateHolder(issuing.certificate());
            DigestCalculatorProvider digests = new JcaDigestCalculatorProviderBuilder().build();
            BasicOCSPRespBuilder answer = new JcaBasicOCSPRespBuilder(issuing.certificate().getPublicKey(),
                    digests.get(CertificateID.HASH_SHA1));
            // not truncated: an answer dated a fraction of a second before the signature's timestamp is not
            // "after the best signature time" for DSS, and an LT signature would not take it
            Instant now = Instant.now();
            for (Req one : ocspRequest.getRequestList()) {
                CertificateID id = one.getCertID();
                if (!id.matchesIssuer(issuer, digests)) {
                    return new OCSPRespBuilder().build(OCSPRespBuilder.UNAUTHORIZED, null).getEncoded();
                }
                answer.addResponse(id, status(id.getSerialNumber()), Date.from(now),
                        Date.from(now.plus(OCSP_VALIDITY)), null);
            }
            Extension nonce = ocspRequest.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
            if (nonce != null) {
                answer.setResponseExtensions(new Extensions(nonce));
            }
            BasicOCSPResp signed = answer.build(new JcaContentSignerBuilder(CertificateProfiles.SIGNATURE_ALGORITHM)
                    .build(issuing.privateKey()), new X509CertificateHolder[] {issuer}, Date.from(now));
            return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, signed).getEncoded();
        } catch (IOException | RuntimeException e) {
            return malformed();
        } catch (OCSPException | OperatorCreationException | GeneralSecurityException e) {
            LOG.warn("Could not answer an OCSP request", e);
            return malformed();
        }
    }

    private static byte[] malformed() {
        try {
            return new OCSPRespBuilder().build(OCSPRespBuilder.MALFORMED_REQUEST, null).getEncoded();
        } catch (OCSPException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private @Nullable CertificateStatus status(BigInteger serialNumber) {
        if (serialNumber.equals(authority(Authority.Role.TIMESTAMPING).certificate().getSerialNumber())) {
            return CertificateStatus.GOOD;
        }
        Optional<Optional<Instant>> revocation = jdbc.sql(
                "select revoked_at from signing_certificate where issued_here and serial_number = ?")
                .param(serialNumber.toString(16))
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, java.time.OffsetDateTime.class))
                        .map(java.time.OffsetDateTime::toInstant))
                .optional();
        if (revocation.isEmpty()) {
            return new UnknownStatus();
        }
        return revocation.get().<CertificateStatus>map(at -> new RevokedStatus(Date.from(at), CRLReason.unspecified))
                .orElse(CertificateStatus.GOOD);
    }

    private Authority authority(Authority.Role role) {
        open();
        return authorities.get(role);
    }

    private Optional<Authority> load(Authority.Role role) {
        return jdbc.sql("select certificate, sealed_key from certificate_authority where role = ?")
                .param(role.name())
                .query((rs, row) -> new Authority(role, certificate(rs.getBytes(1)),
                        privateKey(vault.open(rs.getBytes(2), label(role)))))
                .optional();
    }

    private Authority create(Authority.Role role) {
        KeyPair keys = CertificateProfiles.newKeyPair();
        X509Certificate certificate = switch (role) {
            case ROOT -> CertificateProfiles.root(CertificateProfiles.name("VanThu Demo Root CA", null,
                    "VanThu (thử nghiệm, không có giá trị pháp lý)", null), keys, Duration.ofDays(20 * 365));
            case ISSUING -> CertificateProfiles.issuingCa(CertificateProfiles.name("VanThu Demo Issuing CA", null,
                    "VanThu (thử nghiệm, không có giá trị pháp lý)", null), keys.getPublic(),
                    authorities.get(Authority.Role.ROOT), Duration.ofDays(15 * 365),
                    new CertificateProfiles.Urls(settings.pkiUrl(ROOT_CERTIFICATE), settings.pkiUrl(ROOT_CRL), null));
            case TIMESTAMPING -> CertificateProfiles.timestamping(CertificateProfiles.name("VanThu Demo TSA", null,
                    "VanThu (thử nghiệm, không có giá trị pháp lý)", null), keys.getPublic(),
                    authorities.get(Authority.Role.ISSUING), Duration.ofDays(10 * 365),
                    new CertificateProfiles.Urls(settings.pkiUrl(ISSUING_CERTIFICATE), settings.pkiUrl(ISSUING_CRL),
                            settings.pkiUrl(OCSP)));
        };
        try {
            jdbc.sql("insert into certificate_authority (role, certificate, sealed_key, created_at) "
                    + "values (?, ?, ?, ?)")
                    .params(role.name(), certificate.getEncoded(),
                            vault.seal(keys.getPrivate().getEncoded(), label(role)),
                            Instant.now().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        LOG.info("Built-in certificate authority: made the {} certificate {}", role,
                certificate.getSubjectX500Principal());
        return new Authority(role, certificate, keys.getPrivate());
    }

    private static String label(Authority.Role role) {
        return "certificate_authority:" + role.name();
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate from its DER. */
    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException("A stored certificate does not parse", e);
        }
    }

    /** An EC private key (every key the built-in authority makes is one) from its PKCS#8. */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored key does not parse", e);
        }
    }
}
