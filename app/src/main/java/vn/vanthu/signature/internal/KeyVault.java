package vn.vanthu.signature.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.vanthu.core.DeploymentSecret;
import vn.vanthu.signature.SignatureSettings;

/**
 * Seals key material before it goes into the database, with AES-256-GCM under the deployment's signature key. Each
 * sealed value is bound to the row it belongs to (its label), so a sealed key copied onto another row does not open.
 */
@Component
public class KeyVault {

    private static final String DEVELOPMENT_KEY = "vanthu-development-signature-key-known-to-everyone";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    KeyVault(SignatureSettings settings, Environment environment) throws GeneralSecurityException {
        byte[] secret = DeploymentSecret.of(settings.key(), "VANTHU_SIGNATURE_KEY",
                "the private keys kept in the database are sealed with it", DEVELOPMENT_KEY, environment);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update("vanthu signature key vault v1".getBytes(StandardCharsets.US_ASCII));
        this.key = new SecretKeySpec(sha256.digest(secret), "AES");
    }

    public byte[] seal(byte[] plain, String label) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    public byte[] open(byte[] sealed, String label) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(label.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed key does not open: VANTHU_SIGNATURE_KEY is not the key it "
                    + "was sealed with, or the row was altered (" + label + ")", e);
        }
    }
}
