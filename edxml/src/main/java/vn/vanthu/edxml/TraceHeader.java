package vn.vanthu.edxml;

import java.time.LocalDateTime;

/**
 * One hop of a package: which system handled it and when. The sender adds the first one.
 *
 * @param organId the identity code of the agency whose system handled the package, or {@code null}
 * @param timestamp when, in the sender's local time, to the second, or {@code null}
 */
public record TraceHeader(String organId, LocalDateTime timestamp) {
}
