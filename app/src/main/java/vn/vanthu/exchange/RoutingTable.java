package vn.vanthu.exchange;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which connected system serves an agency code: the route for the exact code, else the one for its top-level group
 * ({@code *.H13}: a province's system serves every agency of the province), else the default ({@code *}, often the
 * national hub). The most specific wins, so one commune can be served apart from its province.
 */
record RoutingTable(Map<String, UUID> routes) {

    static final String DEFAULT = "*";
    private static final Pattern GROUP = Pattern.compile("\\*\\.[A-Z](?!00)\\d{2}");

    Optional<UUID> peerFor(String agencyCode) {
        UUID exact = routes.get(agencyCode);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (agencyCode.length() > 3) {
            UUID group = routes.get("*." + agencyCode.substring(agencyCode.length() - 3));
            if (group != null) {
                return Optional.of(group);
            }
        }
        return Optional.ofNullable(routes.get(DEFAULT));
    }

    /** Whether {@code pattern} is a route the table can hold. */
    static boolean valid(String pattern) {
        return DEFAULT.equals(pattern) || GROUP.matcher(pattern).matches()
                || vn.vanthu.organisation.AgencyCode.isValid(pattern);
    }
}
