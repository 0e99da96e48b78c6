package vn.vanthu.edxml;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signing keys for tests: an RSA agency key under a test CA, and a self-signed EC key. Made once per run. */
final class TestKeys {

    private static SigningKey rsa;
    private static SigningKey ec;

    private TestKeys() {
    }

    static synchronized SigningKey rsa() {
        if (rsa == null) {
            KeyPair ca = pair("RSA", null);
            X509Certificate caCertificate = certificate("CN=VanThu Test CA,O=VanThu,C=VN", ca.getPublic(),
                    "CN=VanThu Test CA,O=VanThu,C=VN", ca.getPrivate(), true);
            KeyPair agency = pair("RSA", null);
            X509Certificate agencyCertificate = certificate("CN=UBND Tỉnh Nghệ An,O=000.00.00.H41,C=VN",
                    agency.getPublic(), "CN=VanThu Test CA,O=VanThu,C=VN", ca.getPrivate(), false);
            rsa = new SigningKey(agency.getPrivate(), List.of(agencyCertificate, caCertificate));
        }
        return rsa;
    }

    static synchronized SigningKey ec() {
        if (ec == null) {
            KeyPair pair = pair("EC", new ECGenParameterSpec("secp256r1"));
            String name = "CN=Văn thư UBND xã Hòa Tiến,C=VN";
            ec = new SigningKey(pair.getPrivate(),
                    List.of(certificate(name, pair.getPublic(), name, pair.getPrivate(), false)));
        }
        return ec;
    }

    private static KeyPair pair(String algorithm, ECGenParameterSpec curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve != null) {
                generator.initialize(curve);
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey,
                                               boolean ca) {
        try {
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                    Date.from(now.plus(365, ChronoUnit.DAYS)), new X500Name(subject), key);
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            String algorithm = issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
