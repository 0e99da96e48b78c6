package vn.vanthu.signature;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.vanthu.signature.internal.BuiltInAuthority;
import vn.vanthu.signature.internal.KeyVault;

/**
 * Keys that belong to the deployment rather than to a person or an agency. The exchange key is made by the built-in
 * authority on first use and kept sealed like every other key; nodes starting together agree on the first one
 * written, and a key close to its end is replaced.
 */
@Service
public class SystemKeys {

    private static final String EXCHANGE = "exchange";
    private static final Duration VALIDITY = Duration.ofDays(2 * 365);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final JdbcClient jdbc;
    private final KeyVault vault;
    private final BuiltInAuthority authority;
    private volatile @Nullable SystemKey exchange;

    SystemKeys(JdbcClient jdbc, KeyVault vault, BuiltInAuthority authority) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.authority = authority;
    }

    /** The key that signs outgoing edXML packages. */
    public SystemKey exchange() {
        SystemKey key = exchange;
        if (key == null || nearEnd(key)) {
            synchronized (this) {
                key = load().filter(found -> !nearEnd(found)).orElseGet(this::create);
                exchange = key;
            }
        }
        return key;
    }

    private static boolean nearEnd(SystemKey key) {
        return key.chain().get(0).getNotAfter().toInstant().isBefore(Instant.now().plus(RENEW_BEFORE));
    }

    private Optional<SystemKey> load() {
        return jdbc.sql("select certificate, sealed_key from system_key where label = ?")
                .param(EXCHANGE)
                .query((rs, row) -> key(BuiltInAuthority.certificate(rs.getBytes(1)),
                        BuiltInAuthority.privateKey(vault.open(rs.getBytes(2), label()))))
                .optional();
    }

    private SystemKey create() {
        KeyPair keys = BuiltInAuthority.newKeyPair();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        X509Certificate certificate = authority.issue(BuiltInAuthority.subject("VanThu liên thông", null,
                "VanThu", "VANTHU-EXCHANGE"), keys.getPublic(), now.minus(Duration.ofMinutes(5)), now.plus(VALIDITY));
        // a node that lost the race reads the winner's key; one that renews replaces the old row
        jdbc.sql("""
                insert into system_key (label, certificate, sealed_key, created_at) values (?, ?, ?, ?)
                on conflict (label) do update set certificate = excluded.certificate,
                    sealed_key = excluded.sealed_key, created_at = excluded.created_at
                where system_key.created_at < excluded.created_at - interval '1 day'
                """)
                .params(EXCHANGE, BuiltInAuthority.der(certificate),
                        vault.seal(keys.getPrivate().getEncoded(), label()), now.atOffset(ZoneOffset.UTC))
                .update();
        return load().orElseThrow();
    }

    private SystemKey key(X509Certificate certificate, java.security.PrivateKey privateKey) {
        return new SystemKey(privateKey, List.of(certificate, authority.issuingCa(), authority.root()));
    }

    private static String label() {
        return "system_key:" + EXCHANGE;
    }
}
