package vn.vanthu.exchange;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What the administrator says about a connected system.
 *
 * @param systemId how the system names itself in its requests
 * @param baseUrl where its exchange endpoint lives; packages go to {@code {baseUrl}/api/v1/exchange/packages}; empty
 *     for a system that polls for its packages instead
 * @param inboundSecret the secret it signs its requests to us with; blank to have one made (and shown once)
 * @param outboundSecret the secret we sign our requests to it with, as its administrator gave it; blank to make one
 * @param routes the agency codes it serves: exact codes, {@code *.H13} for a top-level group, {@code *} for the rest
 */
public record PeerDetails(
        @Nullable @Size(max = 100) String systemId,
        @Nullable @Size(max = 200) String name,
        @Nullable @Size(max = 500) String baseUrl,
        @Nullable @Size(max = 200) String inboundSecret,
        @Nullable @Size(max = 200) String outboundSecret,
        @Nullable Boolean active,
        @Nullable List<String> routes,
        @Nullable Long version) {
}
