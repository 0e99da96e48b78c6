package vn.vanthu.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One attempt to send a package: when, what the peer answered (no status when it could not be reached), how long. */
public record AttemptView(Instant at, @Nullable Integer httpStatus, @Nullable String error, int millis) {
}
