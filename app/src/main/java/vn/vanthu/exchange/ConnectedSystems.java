package vn.vanthu.exchange;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.vanthu.signature.SecretSealing;

/**
 * The connected systems with their secrets open, and the routing table, as the door and the sender use them for every
 * package. Read per package they cost a hub four queries and two decryptions; they change a few times a year. They
 * are read again at most {@link #FRESH} after they were read, and at once after a change made on this node commits;
 * a change made on another node of the same database is seen here within {@link #FRESH}.
 */
@Component
class ConnectedSystems {

    static final Duration FRESH = Duration.ofSeconds(10);

    private final Peers peers;
    private final JdbcClient jdbc;
    private final SecretSealing sealing;
    /** Counts the changes committed here, so that a read that overlapped one is not kept. */
    private final AtomicLong changes = new AtomicLong();
    private volatile @Nullable Known known;

    private record Known(Map<String, Connection> bySystem, Map<UUID, Connection> byId,
            RoutingTable routing, long readAt) {
    }

    ConnectedSystems(Peers peers, JdbcClient jdbc, SecretSealing sealing) {
        this.peers = peers;
        this.jdbc = jdbc;
        this.sealing = sealing;
    }

    Optional<Connection> connection(String systemId) {
        return Optional.ofNullable(known().bySystem().get(systemId));
    }

    Optional<Connection> connection(UUID peerId) {
        return Optional.ofNullable(known().byId().get(peerId));
    }

    RoutingTable routing() {
        return known().routing();
    }

    /** Whether packages for {@code peerId} are pushed to it (it has an address) rather than left for it to poll. */
    boolean pushesTo(UUID peerId) {
        return connection(peerId).map(Connection::push).orElse(false);
    }

    /** A connected system ready to talk to; one with no address polls for what is waiting for it. */
    record Connection(UUID id, String systemId, String name, @Nullable URI baseUrl, boolean active,
            byte[] inboundSecret, byte[] outboundSecret) {

        boolean push() {
            return baseUrl != null;
        }
    }

    /** To be called inside the transaction that changes a system or its routes. */
    void changing() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        changes.incrementAndGet();
        known = null;
    }

    private Known known() {
        Known now = known;
        if (now != null && System.nanoTime() - now.readAt() < FRESH.toNanos()) {
            return now;
        }
        long before = changes.get();
        now = read();
        if (changes.get() == before) {
            known = now;
        }
        return now;
    }

    private Known read() {
        long at = System.nanoTime();
        Map<String, Connection> bySystem = new HashMap<>();
        Map<UUID, Connection> byId = new HashMap<>();
        for (Peer peer : peers.findAllByOrderByName()) {
            Connection connection = new Connection(peer.id(), peer.systemId(),
                    peer.name(), peer.baseUrl() == null ? null : URI.create(peer.baseUrl()), peer.active(),
                    sealing.open(peer.inboundSecret(), PeerManagement.label(peer.id(), "in")),
                    sealing.open(peer.outboundSecret(), PeerManagement.label(peer.id(), "out")));
            bySystem.put(peer.systemId(), connection);
            byId.put(peer.id(), connection);
        }
        Map<String, UUID> routes = new HashMap<>();
        jdbc.sql("select r.pattern, r.peer_id from exchange_route r join exchange_peer p on p.id = r.peer_id "
                + "where p.active")
                .query(rs -> {
                    routes.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return new Known(Map.copyOf(bySystem), Map.copyOf(byId), new RoutingTable(Map.copyOf(routes)), at);
    }
}
