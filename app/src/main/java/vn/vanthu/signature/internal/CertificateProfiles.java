package vn.vanthu.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the certificates of the built-in authority, shaped like the Government Cipher Committee's: a root, a
 * subordinate issuing CA, and end-entity certificates for officials (name, title, agency and its identity code) and
 * for agency seals. Keys are ECDSA P-256: a key pair takes milliseconds, so a province's officials all get one on
 * the first start (RSA 2048 takes a third of a second each).
 */
final class CertificateProfiles {

    static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration BACKDATE = Duration.ofMinutes(5);

    private CertificateProfiles() {
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has EC P-256", e);
        }
    }

    static X500Name name(String commonName, @Nullable String title, @Nullable String organisation,
            @Nullable String organisationIdentifier) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        if (organisationIdentifier != null) {
            name.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, organisationIdentifier);
        }
        if (title != null && !title.isBlank()) {
            name.addRDN(BCStyle.T, title);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    static X509Certificate root(X500Name name, KeyPair keys, Duration validity) {
        return build(name, keys.getPublic(), name, null, keys, validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        });
    }

    static X509Certificate issuingCa(X500Name name, PublicKey key, Authority root, Duration validity, Urls urls) {
        return build(name, key, issuer(root), root.certificate(), root.keyPair(), validity, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            urls.addTo(builder);
        });
    }

    static X509Certificate timestamping(X500Name name, PublicKey key, Authority issuing, Duration validity,
            Urls urls) {
        return build(name, key, issuer(issuing), issuing.certificate(), issuing.keyPair(), validity, builder -> {
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, true,
                    new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            urls.addTo(builder);
        });
    }

    /** A signing certificate for an official or an agency seal: non-repudiation, as a document signature needs. */
    static X509Certificate signer(X500Name name, PublicKey key, Authority issuing, Instant notBefore,
            Instant notAfter, Urls urls) {
        return build(name, key, issuer(issuing), issuing.certificate(), issuing.keyPair(), notBefore, notAfter,
                builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                    urls.addTo(builder);
                });
    }

    static BigInteger newSerialNumber() {
        // positive, 127 bits of chance: RFC 5280 wants them unique and unpredictable
        return new BigInteger(127, RANDOM).setBit(126);
    }

    private static X500Name issuer(Authority authority) {
        return X500Name.getInstance(authority.certificate().getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate build(X500Name subject, PublicKey key, X500Name issuer,
            @Nullable X509Certificate issuerCertificate, KeyPair issuerKeys, Duration validity, Extensions extensions) {
        Instant now = Instant.now();
        return build(subject, key, issuer, issuerCertificate, issuerKeys, now.minus(BACKDATE), now.plus(validity),
                extensions);
    }

    private static X509Certificate build(X500Name subject, PublicKey key, X500Name issuer,
            @Nullable X509Certificate issuerCertificate, KeyPair issuerKeys, Instant notBefore, Instant notAfter,
            Extensions extensions) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, newSerialNumber(),
                    Date.from(notBefore), Date.from(notAfter), subject, key);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key));
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                    ? utils.createAuthorityKeyIdentifier(issuerKeys.getPublic())
                    : utils.createAuthorityKeyIdentifier(issuerCertificate));
            extensions.addTo(builder);
            ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("Could not build the certificate of " + subject, e);
        }
    }

    @FunctionalInterface
    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }

    /** Where a certificate's issuer publishes its certificate and revocation data. */
    record Urls(String issuerCertificate, String crl, @Nullable String ocsp) {

        void addTo(X509v3CertificateBuilder builder) throws CertIOException {
            GeneralName crlUrl = new GeneralName(GeneralName.uniformResourceIdentifier, crl);
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                new DistributionPoint(new DistributionPointName(new GeneralNames(crlUrl)), null, null)}));
            AccessDescription caIssuers = new AccessDescription(AccessDescription.id_ad_caIssuers,
                    new GeneralName(GeneralName.uniformResourceIdentifier, issuerCertificate));
            AccessDescription[] access = ocsp == null ? new AccessDescription[] {caIssuers}
                    : new AccessDescription[] {new AccessDescription(AccessDescription.id_ad_ocsp,
                            new GeneralName(GeneralName.uniformResourceIdentifier, ocsp)), caIssuers};
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(access));
        }
    }

    /** The policy the built-in timestamp authority names in its tokens: an OID of the UUID arc (ITU-T X.667). */
    static final ASN1ObjectIdentifier TIMESTAMP_POLICY =
            new ASN1ObjectIdentifier("2.25.171769457148722349532436946342316946131");
}
