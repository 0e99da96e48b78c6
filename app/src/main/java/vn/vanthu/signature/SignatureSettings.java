package vn.vanthu.signature;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vanthu.signature.*}.
 *
 * @param key the secret (VANTHU_SIGNATURE_KEY, at least 32 bytes) that seals the private keys kept in the database:
 *     the built-in authority's and every official's PKCS#12. The same on every node; keep it outside the database.
 *     Empty outside production: a development key known to everyone.
 * @param publicUrl where VanThu is reached (VANTHU_PUBLIC_URL); the certificates of the built-in authority name its
 *     revocation and timestamp addresses under it
 * @param level the signature level: {@code LT} adds the revocation data to the file when it can be fetched, and
 *     falls back to {@code T} (timestamped) when it cannot; {@code T} never adds it
 * @param timestampUrl an RFC 3161 timestamp authority to use instead of the built-in one
 * @param trustedRoots certificate files (PEM or DER) of the roots whose chains VanThu trusts besides its own, e.g.
 *     the Government Cipher Committee's root
 * @param demoPin the PIN of the certificates the demo province's officials and agencies get on the first start
 * @param remoteRequestTtl how long a signing request waits for the official's phone
 * @param keySession how long a PKCS#12 key VanThu keeps stays open in memory after its holder's PIN opened it, as a
 *     token stays logged in: the PIN is still asked and checked for every signature, but not derived again. Zero
 *     opens the key afresh every time.
 * @param pkcs11 a PKCS#11 token or HSM that holds the agency seals' keys, when configured
 */
@ConfigurationProperties("vanthu.signature")
public record SignatureSettings(
        @DefaultValue("") String key,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("LT") String level,
        @Nullable URI timestampUrl,
        @DefaultValue List<Path> trustedRoots,
        @DefaultValue("123456") String demoPin,
        @DefaultValue("10m") Duration remoteRequestTtl,
        @DefaultValue("5m") Duration keySession,
        @DefaultValue Pkcs11 pkcs11) {

    /**
     * A PKCS#11 token: the library of its vendor, the slot and the PIN the deployment configures (VANTHU_PKCS11_*).
     * The agency whose seal a key is names it by its identity code as the key's alias.
     */
    public record Pkcs11(@DefaultValue("") String library, @DefaultValue("0") int slot, @DefaultValue("") String pin) {

        public boolean configured() {
            return !library.isBlank();
        }
    }

    /** The address of the built-in authority's {@code path} (e.g. {@code /pki/ocsp}). */
    public String pkiUrl(String path) {
        String base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
