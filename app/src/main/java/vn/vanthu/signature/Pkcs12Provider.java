package vn.vanthu.signature;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;

import org.springframework.stereotype.Component;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.signature.internal.KeyVault;

/** Signs with a PKCS#12 VanThu keeps: unsealed with the deployment's key, then opened with the holder's PIN. */
@Component
class Pkcs12Provider implements SignatureProvider {

    private final KeyVault vault;
    private final PinAttempts attempts;
    private final OpenKeys openKeys;

    Pkcs12Provider(KeyVault vault, PinAttempts attempts, OpenKeys openKeys) {
        this.vault = vault;
        this.attempts = attempts;
        this.openKeys = openKeys;
    }

    @Override
    public KeySource source() {
        return KeySource.PKCS12;
    }

    @Override
    public SignatureValue sign(SigningCertificate certificate, ToBeSigned data, DigestAlgorithm digest, char[] pin) {
        byte[] sealed = certificate.sealedKeyStore();
        if (sealed == null) {
            throw new RuleViolation("signature.certificate.no-key");
        }
        if (pin.length == 0) {
            throw new InvalidValue("pin", "signature.pin.required");
        }
        attempts.checkOpen(certificate.id());
        PrivateKey key = openKeys.key(certificate.id(), sealed, pin).orElseGet(() -> {
            PrivateKey opened = attempts.opened(certificate.id(), () -> unlock(sealed, certificate, pin));
            openKeys.opened(certificate.id(), sealed, pin, opened);
            return opened;
        });
        try {
            return Signatures.sign(key, data, digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with a stored key", e);
        }
    }

    private PrivateKey unlock(byte[] sealed, SigningCertificate certificate, char[] pin) {
        KeyStore store = Certificates.open(vault.open(sealed, certificate.keyLabel()), pin);
        try {
            return (PrivateKey) store.getKey(Certificates.keyAlias(store), pin);
        } catch (java.security.UnrecoverableKeyException e) {
            throw new InvalidValue("pin", "signature.pin.wrong");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a stored key", e);
        }
    }

    /** The raw signature with a key in hand. */
    static final class Signatures {

        private Signatures() {
        }

        static SignatureValue sign(PrivateKey key, ToBeSigned data, DigestAlgorithm digest)
                throws GeneralSecurityException {
            SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(key), digest);
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initSign(key);
            signature.update(data.getBytes());
            return new SignatureValue(algorithm, signature.sign());
        }
    }
}
