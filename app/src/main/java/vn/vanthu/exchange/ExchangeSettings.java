package vn.vanthu.exchange;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code vanthu.exchange.*}.
 *
 * @param systemId how this deployment names itself to the systems it sends to (they know it by this id)
 * @param directory where packages are kept, shared by every node like the file storage
 * @param maxPackageSize the largest package taken in
 * @param clockSkew how far a signed request's time may be from ours; older requests are refused as replays
 * @param poll how often the outbox is looked at for packages due
 * @param firstRetry the wait before the second attempt; it doubles at each failure, up to {@code maxRetryDelay}
 * @param maxAttempts after this many failed attempts a package is set aside for the administrator
 * @param connectTimeout how long to wait for a peer to answer the connection
 * @param requestTimeout how long a peer may take to take a package
 * @param hub whether this deployment passes packages on to the systems that serve their addressees (a provincial
 *     hub), rather than only taking those for its own agencies
 */
@ConfigurationProperties("vanthu.exchange")
public record ExchangeSettings(
        @DefaultValue("vanthu") String systemId,
        @DefaultValue("./data/exchange") Path directory,
        @DefaultValue("250MB") DataSize maxPackageSize,
        @DefaultValue("5m") Duration clockSkew,
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("5s") Duration firstRetry,
        @DefaultValue("30m") Duration maxRetryDelay,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("2m") Duration requestTimeout,
        @DefaultValue("false") boolean hub) {
}
