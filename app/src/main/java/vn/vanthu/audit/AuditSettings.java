package vn.vanthu.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vanthu.audit.*}.
 *
 * @param key the secret (VANTHU_AUDIT_KEY, at least 32 bytes) the chain's hashes are keyed with. Keep it outside the
 *     database, in the deployment's secret store: whoever can write to the database but does not hold the key cannot
 *     re-hash an edited trail. Set it before the first start; the trail is checked with the key it was written with.
 *     Empty outside production: a development key known to everyone.
 */
@ConfigurationProperties("vanthu.audit")
record AuditSettings(@DefaultValue("") String key) {
}
