package vn.vanthu.signature;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;

import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import vn.vanthu.core.RuleViolation;

/**
 * Signs with a PKCS#11 token or HSM the deployment configures (VANTHU_PKCS11_LIBRARY, _SLOT, _PIN), through DSS's
 * token support. The key of an agency's seal is the one whose certificate VanThu has on file for it.
 */
@Component
class Pkcs11Provider implements SignatureProvider {

    private final SignatureSettings.Pkcs11 settings;

    Pkcs11Provider(SignatureSettings settings) {
        this.settings = settings.pkcs11();
    }

    @Override
    public KeySource source() {
        return KeySource.PKCS11;
    }

    /** The certificates of the keys on the token, to register the agency seal's among them. */
    List<X509Certificate> certificates() {
        try (Pkcs11SignatureToken token = open()) {
            return token.getKeys().stream().map(key -> key.getCertificate().getCertificate()).toList();
        }
    }

    private Pkcs11SignatureToken open() {
        if (!settings.configured() || !Files.exists(Path.of(settings.library()))) {
            throw new RuleViolation("signature.pkcs11.not-configured");
        }
        return new Pkcs11SignatureToken(settings.library(),
                new KeyStore.PasswordProtection(settings.pin().toCharArray()),
                settings.slot());
    }

    @Override
    public SignatureValue sign(SigningCertificate certificate, ToBeSigned data, DigestAlgorithm digest, char[] pin) {
        try (Pkcs11SignatureToken token = open()) {
            X509Certificate wanted = certificate.certificate();
            for (DSSPrivateKeyEntry key : token.getKeys()) {
                if (key.getCertificate().getCertificate().equals(wanted)) {
                    return token.sign(data, digest, key);
                }
            }
            throw new RuleViolation("signature.pkcs11.no-key");
        }
    }
}
