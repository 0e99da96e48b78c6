package vn.vanthu.core;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * A secret the deployment keeps outside the database (an environment variable from its secret store). Production
 * refuses to start without it; elsewhere a development value known to everyone stands in, with a warning.
 */
public final class DeploymentSecret {

    private static final Logger LOG = LoggerFactory.getLogger(DeploymentSecret.class);

    public static final int MIN_BYTES = 32;

    private DeploymentSecret() {
    }

    /**
     * @param value what the deployment configured, blank if nothing
     * @param variable the environment variable that sets it, for the message
     * @param purpose what it protects, for the message ("the audit chain is keyed with it")
     * @param developmentValue what stands in outside production; it must never change, or what a development
     *     database holds can no longer be read
     */
    public static byte[] of(String value, String variable, String purpose, String developmentValue,
            Environment environment) {
        if (value.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("Set " + variable + " to a secret of at least " + MIN_BYTES
                        + " bytes kept outside the database (e.g. `openssl rand -base64 48`): " + purpose + ".");
            }
            LOG.warn("{} is not set: the public development value stands in ({}).", variable, purpose);
            return developmentValue.getBytes(StandardCharsets.UTF_8);
        }
        byte[] secret = value.getBytes(StandardCharsets.UTF_8);
        if (secret.length < MIN_BYTES) {
            throw new IllegalStateException(variable + " must be at least " + MIN_BYTES + " bytes.");
        }
        return secret;
    }
}
