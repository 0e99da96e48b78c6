package vn.vanthu.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import vn.vanthu.organisation.AgencyCode;

/**
 * An agency seal's key on a PKCS#11 token: SoftHSM 2 plays the HSM. The key and its certificate go onto a fresh token
 * with SoftHSM's and OpenSC's tools, and the provider finds the certificate and signs with the key, which never
 * leaves the token. Skipped where SoftHSM or pkcs11-tool is missing (CI installs both).
 */
class Pkcs11ProviderTests {

    private static final Path LIBRARY = Path.of("/usr/lib/softhsm/libsofthsm2.so");
    private static final String PIN = "246810";

    @Test
    void findsTheSealsCertificateOnTheTokenAndSignsWithItsKey() throws Exception {
        String configuration = System.getenv("SOFTHSM2_CONF");
        assumeTrue(Files.exists(LIBRARY) && Tools.installed("softhsm2-util") && Tools.installed("pkcs11-tool")
                && configuration != null, "SoftHSM 2 or OpenSC's pkcs11-tool is not installed");
        Path conf = Path.of(configuration);
        Path tokens = Files.createDirectories(conf.resolveSibling("tokens"));
        Files.writeString(conf, "directories.tokendir = " + tokens.toAbsolutePath() + "\nobjectstore.backend = file\n");
        String label = "vanthu" + System.nanoTime() % 100_000;
        String init = Tools.succeed("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", PIN,
                "--so-pin", "13579111");
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(init);
        assertThat(slot.find()).as(init).isTrue();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Ủy ban nhân dân tỉnh Sơn Hà,O=Ủy ban nhân dân tỉnh Sơn Hà,C=VN");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofMinutes(1))),
                Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        Path key = Files.writeString(conf.resolveSibling(label + ".pem"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        Path der = Files.write(conf.resolveSibling(label + ".der"), certificate.getEncoded());
        Tools.succeed("softhsm2-util", "--import", key.toString(), "--token", label, "--label", "seal", "--id", "01",
                "--pin", PIN);
        Tools.succeed("pkcs11-tool", "--module", LIBRARY.toString(), "--token-label", label, "--login", "--pin", PIN,
                "--write-object", der.toString(), "--type", "cert", "--id", "01", "--label", "seal");

        Pkcs11Provider provider = new Pkcs11Provider(new SignatureSettings("", URI.create("http://localhost:8080"),
                "LT", null, List.of(), "123456", Duration.ofMinutes(10), Duration.ofMinutes(5),
                new SignatureSettings.Pkcs11(LIBRARY.toString(), Integer.parseInt(slot.group(1)), PIN)));
        assertThat(provider.certificates()).contains(certificate);

        SigningCertificate seal = new SigningCertificate(HolderKind.AGENCY, null, new AgencyCode("000.00.00.H99"),
                certificate, KeySource.PKCS11, false);
        byte[] data = "dữ liệu cần ký".getBytes(StandardCharsets.UTF_8);
        SignatureValue value = provider.sign(seal, new ToBeSigned(data), DigestAlgorithm.SHA256, new char[0]);
        Signature verify = Signature.getInstance("SHA256withECDSA");
        verify.initVerify(certificate.getPublicKey());
        verify.update(data);
        assertThat(verify.verify(value.getValue())).isTrue();
    }

}
