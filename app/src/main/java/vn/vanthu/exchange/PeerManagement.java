package vn.vanthu.exchange;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.RuleViolation;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;
import vn.vanthu.signature.SecretSealing;

/**
 * The system administrator's work on connected systems and the routing table. Secrets are sealed before they are
 * stored and shown once, in the answer that made them; a route belongs to one system at a time.
 */
@Service
@Transactional
public class PeerManagement {

    private static final int MIN_SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Peers peers;
    private final JdbcClient jdbc;
    private final SecretSealing sealing;
    private final ApplicationEventPublisher events;
    private final ConnectedSystems systems;

    PeerManagement(Peers peers, JdbcClient jdbc, SecretSealing sealing, ApplicationEventPublisher events,
            ConnectedSystems systems) {
        this.peers = peers;
        this.systems = systems;
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<PeerView> peers(CurrentUser by) {
        checkAdministrator(by);
        Map<UUID, List<String>> routes = routesByPeer();
        return peers.findAllByOrderByName().stream()
                .map(peer -> view(peer, routes.getOrDefault(peer.id(), List.of()), null, null)).toList();
    }

    @Transactional(readOnly = true)
    public PeerView peer(UUID id, CurrentUser by) {
        checkAdministrator(by);
        Peer peer = peers.findById(id).orElseThrow(() -> new NotFound("exchange.peer.not-found", id));
        return view(peer, routesByPeer().getOrDefault(id, List.of()), null, null);
    }

    public PeerView register(PeerDetails details, CurrentUser by) {
        checkAdministrator(by);
        String systemId = required("systemId", details.systemId());
        if (peers.findBySystemId(systemId).isPresent()) {
            throw new RuleViolation("exchange.peer.system-taken", systemId);
        }
        Peer peer = new Peer(systemId);
        return save(peer, details, true, by);
    }

    public PeerView change(UUID id, PeerDetails details, CurrentUser by) {
        checkAdministrator(by);
        Peer peer = peers.findById(id).orElseThrow(() -> new NotFound("exchange.peer.not-found", id));
        peer.checkVersion(details.version());
        if (details.systemId() != null && !details.systemId().strip().equals(peer.systemId())) {
            throw new InvalidValue("systemId", "exchange.peer.system-fixed");
        }
        return save(peer, details, false, by);
    }

    private PeerView save(Peer peer, PeerDetails details, boolean created, CurrentUser by) {
        String name = required("name", details.name());
        @Nullable String baseUrl = baseUrl(details.baseUrl());
        List<String> routes = routes(details.routes());
        peer.describe(name, baseUrl, details.active() == null || details.active());
        String newInbound = null;
        String newOutbound = null;
        if (created || !blank(details.inboundSecret())) {
            newInbound = blank(details.inboundSecret()) ? newSecret()
                    : secret("inboundSecret", details.inboundSecret());
        }
        if (created || !blank(details.outboundSecret())) {
            newOutbound = blank(details.outboundSecret()) ? newSecret()
                    : secret("outboundSecret", details.outboundSecret());
        }
        peer.secrets(newInbound == null ? peer.inboundSecret() : sealing.seal(bytes(newInbound),
                label(peer.id(), "in")), newOutbound == null ? peer.outboundSecret()
                        : sealing.seal(bytes(newOutbound), label(peer.id(), "out")));
        Peer saved = peers.saveAndFlush(peer);
        replaceRoutes(saved.id(), routes);
        systems.changing();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("name", name);
        facts.put("baseUrl", baseUrl == null ? "(pull)" : baseUrl);
        facts.put("active", String.valueOf(saved.active()));
        facts.put("routes", String.join(" ", routes));
        if (!created && (newInbound != null || newOutbound != null)) {
            facts.put("secrets", "changed");
        }
        events.publishEvent(new PeerChanged(UUID.randomUUID(), saved.id(), saved.systemId(), created, facts,
                by.username(), Instant.now()));
        // a secret the administrator typed is theirs already; only a made one is shown
        return view(saved, routes, blank(details.inboundSecret()) ? newInbound : null,
                blank(details.outboundSecret()) ? newOutbound : null);
    }

    private void replaceRoutes(UUID peerId, List<String> routes) {
        for (String pattern : routes) {
            jdbc.sql("select peer_id from exchange_route where pattern = ?").param(pattern)
                    .query(UUID.class).optional()
                    .filter(owner -> !owner.equals(peerId))
                    .ifPresent(owner -> {
                        throw new RuleViolation("exchange.route.taken", pattern);
                    });
        }
        jdbc.sql("delete from exchange_route where peer_id = ?").param(peerId).update();
        Instant now = Instant.now();
        for (String pattern : routes) {
            jdbc.sql("insert into exchange_route (pattern, peer_id, created_at) values (?, ?, ?)")
                    .params(pattern, peerId, now.atOffset(ZoneOffset.UTC)).update();
        }
    }

    private Map<UUID, List<String>> routesByPeer() {
        Map<UUID, List<String>> routes = new HashMap<>();
        jdbc.sql("select peer_id, pattern from exchange_route order by pattern")
                .query(rs -> {
                    routes.computeIfAbsent(rs.getObject(1, UUID.class), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return routes;
    }

    private static List<String> routes(@Nullable List<String> given) {
        Set<String> routes = new LinkedHashSet<>();
        for (String route : given == null ? List.<String>of() : given) {
            if (blank(route)) {
                continue;
            }
            String pattern = route.strip().toUpperCase(Locale.ROOT);
            if (!RoutingTable.valid(pattern)) {
                throw new InvalidValue("routes", "exchange.route.invalid", route.strip());
            }
            routes.add(pattern);
        }
        return List.copyOf(routes);
    }

    /** A system with no address polls for its packages (the national hub's pull interface). */
    private static @Nullable String baseUrl(@Nullable String given) {
        if (blank(given)) {
            return null;
        }
        String text = given.strip().replaceAll("/+$", "");
        try {
            URI uri = URI.create(text);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException(text);
            }
            return text;
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("baseUrl", "exchange.peer.base-url.invalid", text);
        }
    }

    private static String secret(String field, String given) {
        String secret = given.strip();
        if (bytes(secret).length < MIN_SECRET_BYTES) {
            throw new InvalidValue(field, "exchange.peer.secret.short", MIN_SECRET_BYTES);
        }
        return secret;
    }

    private static String newSecret() {
        byte[] random = new byte[MIN_SECRET_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    static String label(UUID peerId, String direction) {
        return "exchange_peer:" + peerId + ":" + direction;
    }

    private static PeerView view(Peer peer, List<String> routes, @Nullable String newInbound,
            @Nullable String newOutbound) {
        return new PeerView(peer.id(), peer.systemId(), peer.name(), peer.baseUrl(), peer.active(), routes,
                peer.version(), peer.createdAt(), newInbound, newOutbound);
    }

    static void checkAdministrator(CurrentUser by) {
        if (!by.hasRole(Role.ADMIN)) {
            throw new NotPermitted("exchange.not-administrator");
        }
    }

    private static String required(String field, @Nullable String value) {
        if (blank(value)) {
            throw new InvalidValue(field, "exchange.field.required");
        }
        return value.strip();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
