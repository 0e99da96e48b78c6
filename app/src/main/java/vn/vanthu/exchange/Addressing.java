package vn.vanthu.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import vn.vanthu.core.InvalidValue;

/**
 * Where a package's addressees go: to agencies this deployment serves (delivered here), to systems the routing
 * table names (passed on, by a hub only), or nowhere. A hub refuses a package with any addressee it cannot place,
 * so no sender believes a package went where it did not; a plain deployment takes what is for its agencies and leaves
 * the other addressees to the sender's other routes, refusing only a package for none of them.
 *
 * @param local the addressees delivered here
 * @param forwarded the addressees passed on, with the system that serves each
 */
record Addressing(List<String> local, Map<String, UUID> forwarded) {

    static Addressing of(List<String> addressees, Predicate<String> servedHere, RoutingTable routing, boolean hub) {
        List<String> local = new ArrayList<>();
        Map<String, UUID> forwarded = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String code : addressees) {
            if (servedHere.test(code)) {
                local.add(code);
            } else if (hub && routing.peerFor(code).isPresent()) {
                forwarded.put(code, routing.peerFor(code).get());
            } else {
                unknown.add(code);
            }
        }
        if (hub ? !unknown.isEmpty() : local.isEmpty()) {
            throw new InvalidValue("To/OrganId", "exchange.package.unknown-recipient",
                    String.join(", ", hub ? unknown : addressees));
        }
        return new Addressing(List.copyOf(local), Map.copyOf(forwarded));
    }
}
