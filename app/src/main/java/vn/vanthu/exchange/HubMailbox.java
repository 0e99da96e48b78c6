package vn.vanthu.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;

/**
 * The pull side of the exchange, in the shape of the national hub's API, for a connected system that cannot take
 * pushes: it lists what waits for it (with each package's SHA-256 and length, to check the download), downloads one,
 * and acknowledges it done or failed; and it asks how far what it sent has got. A system sees only its own.
 */
@Service
@Transactional(readOnly = true)
public class HubMailbox {

    private static final int MAX_LIST = 500;

    private final ExchangePackages packages;
    private final PackageStore store;
    private final JdbcClient jdbc;

    HubMailbox(ExchangePackages packages, PackageStore store, JdbcClient jdbc) {
        this.packages = packages;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** A package waiting for the system to take it. */
    public record Waiting(UUID id, String messageType, @Nullable String business, String from, List<String> to,
            String documentIdentity, String contentSha256, long contentLength, Instant createdAt) {
    }

    /** What became of a package the system sent: one line per addressee. */
    public record Sent(UUID receiptId, String messageType, String documentIdentity, Instant sentAt,
            List<Delivery> deliveries) {

        /** @param state {@code PENDING}, {@code DONE} or {@code FAILED} */
        public record Delivery(String to, PackageState state, @Nullable Instant doneAt, @Nullable String error) {
        }
    }

    /** A download: the package's file and what the system checks it against. */
    public record Download(Path file, String sha256, long length) {
    }

    public List<Waiting> waiting(UUID peerId, @Nullable String messageType) {
        return packages.findWaiting(peerId, messageType, MAX_LIST).stream()
                .map(found -> new Waiting(found.id(), found.messageType(), found.business(), found.fromCode(),
                        found.toCodes(), found.documentIdentity(), found.sha256(), found.length(),
                        found.createdAt()))
                .toList();
    }

    public Download download(UUID peerId, UUID id) {
        ExchangePackage found = own(peerId, id);
        return new Download(store.path(found.fileId()), found.sha256(), found.length());
    }

    /** The system took the package: done, or failed with its reason (the administrator sees it). */
    @Transactional
    public void acknowledge(UUID peerId, UUID id, boolean done, @Nullable String reason) {
        ExchangePackage found = own(peerId, id);
        if (found.state() != PackageState.PENDING) {
            throw new RuleViolation("exchange.package.acknowledged");
        }
        found.taken(done, reason, Instant.now());
        packages.save(found);
    }

    /** The latest packages the system sent, with the state of each addressee. */
    public List<Sent> sent(UUID peerId, int limit) {
        Map<UUID, Sent> sent = new LinkedHashMap<>();
        jdbc.sql("""
                select i.id, i.message_type, i.document_identity, i.created_at, i.state, i.to_codes, i.done_at,
                       o.to_codes, o.state, o.done_at, o.last_error
                from (select * from exchange_package where direction = 'IN' and peer_id = ?
                      order by created_at desc limit ?) i
                left join exchange_package o on o.source_id = i.id
                order by i.created_at desc""")
                .params(peerId, Math.min(Math.max(limit, 1), MAX_LIST))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Sent one = sent.computeIfAbsent(id, key -> {
                        try {
                            List<Sent.Delivery> local = new ArrayList<>();
                            String codes = rs.getString(6);
                            if (codes != null && !codes.isBlank()) {
                                for (String code : codes.split(" ")) {
                                    local.add(new Sent.Delivery(code, PackageState.valueOf(rs.getString(5)),
                                            instant(rs.getObject(7, OffsetDateTime.class)), null));
                                }
                            }
                            return new Sent(id, rs.getString(2), rs.getString(3),
                                    rs.getObject(4, OffsetDateTime.class).toInstant(), local);
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    if (rs.getString(8) != null) {
                        one.deliveries().add(new Sent.Delivery(rs.getString(8), PackageState.valueOf(rs.getString(9)),
                                instant(rs.getObject(10, OffsetDateTime.class)), rs.getString(11)));
                    }
                });
        return List.copyOf(sent.values());
    }

    private ExchangePackage own(UUID peerId, UUID id) {
        return packages.findById(id)
                .filter(found -> found.direction() == PackageDirection.OUT && peerId.equals(found.peerId()))
                .orElseThrow(() -> new NotFound("exchange.package.not-found", id));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
