package vn.vanthu.organisation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When repeated wrong passwords lock an account, and for how long: a guessing attack gets {@code maxFailures}
 * tries per {@code lockDuration}. Configured as {@code vanthu.sign-in.*}.
 */
@ConfigurationProperties("vanthu.sign-in")
public record LockoutPolicy(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockDuration) {

    public LockoutPolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("vanthu.sign-in.max-failures must be at least 1");
        }
    }
}
