package vn.vanthu.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;

/**
 * What the exchange pages show: packages in and out with their state and attempts. The system administrator sees
 * every package and may send a failed one again; an agency's clerks and leaders see the packages their agency sent
 * or was sent, and nobody else sees any.
 */
@Service
@Transactional(readOnly = true)
public class ExchangeMonitor {

    private final ExchangePackages packages;
    private final Peers peers;
    private final ConnectedSystems systems;
    private final JdbcClient jdbc;

    ExchangeMonitor(ExchangePackages packages, Peers peers, ConnectedSystems systems, JdbcClient jdbc) {
        this.packages = packages;
        this.peers = peers;
        this.systems = systems;
        this.jdbc = jdbc;
    }

    public Page<PackageView> packages(PackageDirection direction, @Nullable PackageState state, CurrentUser by,
            Pageable pageable) {
        Map<UUID, String> names = peerNames();
        if (by.hasRole(Role.ADMIN)) {
            return packages.findAll(direction, state, pageable).map(found -> found.view(names.get(found.peerId())));
        }
        checkAgencyReader(by);
        String agency = by.agencyCode().value();
        String asked = state == null ? null : state.name();
        Page<ExchangePackage> page = direction == PackageDirection.OUT ? packages.findSentBy(agency, asked, pageable)
                : packages.findReceivedFor(agency, asked, pageable);
        return page.map(found -> found.view(names.get(found.peerId())));
    }

    public PackageView find(UUID id, CurrentUser by) {
        ExchangePackage found = readable(id, by);
        return found.view(found.peerId() == null ? null : peerNames().get(found.peerId()));
    }

    public List<AttemptView> attempts(UUID id, CurrentUser by) {
        readable(id, by);
        return jdbc.sql("select at, http_status, error, millis from exchange_attempt where package_id = ? "
                + "order by at desc limit 50")
                .param(id)
                .query((rs, row) -> new AttemptView(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        (Integer) rs.getObject(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** Sends a package that was set aside again from the first attempt, by the route that serves it now. */
    @Transactional
    public PackageView retry(UUID id, CurrentUser by) {
        PeerManagement.checkAdministrator(by);
        ExchangePackage found = packages.findById(id).filter(p -> p.direction() == PackageDirection.OUT)
                .orElseThrow(() -> new NotFound("exchange.package.not-found", id));
        if (found.state() != PackageState.FAILED) {
            throw new vn.vanthu.core.RuleViolation("exchange.package.not-failed");
        }
        UUID peer = PackageFacts.DOCUMENT.equals(found.messageType())
                ? systems.routing().peerFor(found.toCodes().get(0)).orElse(null) : found.peerId();
        found.retry(peer, peer != null && systems.pushesTo(peer), Instant.now());
        return packages.save(found).view(peer == null ? null : peerNames().get(peer));
    }

    /**
     * Counts per direction and state, and the throughput for the administrator's overview: packages taken in
     * ({@code IN.hour}, {@code IN.day}) and delivered ({@code OUT.hour}, {@code OUT.day}) in the last hour and day.
     */
    public Map<String, Long> counts(CurrentUser by) {
        PeerManagement.checkAdministrator(by);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select direction, state, count(*) from exchange_package group by direction, state")
                .query(rs -> {
                    counts.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
                });
        jdbc.sql("""
                select direction,
                       count(*) filter (where case direction when 'IN' then created_at else done_at end
                           > now() - interval '1 hour'),
                       count(*)
                from exchange_package
                where (direction = 'IN' and created_at > now() - interval '1 day')
                   or (direction = 'OUT' and state = 'DONE' and done_at > now() - interval '1 day')
                group by direction""")
                .query(rs -> {
                    counts.put(rs.getString(1) + ".hour", rs.getLong(2));
                    counts.put(rs.getString(1) + ".day", rs.getLong(3));
                });
        return counts;
    }

    private ExchangePackage readable(UUID id, CurrentUser by) {
        ExchangePackage found = packages.findById(id)
                .orElseThrow(() -> new NotFound("exchange.package.not-found", id));
        if (by.hasRole(Role.ADMIN)) {
            return found;
        }
        String agency = by.agencyCode().value();
        boolean ours = found.direction() == PackageDirection.OUT ? found.fromCode().equals(agency)
                : found.toCodes().contains(agency);
        if (!ours || !(by.hasRole(Role.CLERK) || by.hasRole(Role.LEADER))) {
            throw new NotFound("exchange.package.not-found", id);
        }
        return found;
    }

    private static void checkAgencyReader(CurrentUser by) {
        if (!by.hasRole(Role.CLERK) && !by.hasRole(Role.LEADER)) {
            throw new NotPermitted("exchange.not-clerk");
        }
    }

    private Map<UUID, String> peerNames() {
        Map<UUID, String> names = new HashMap<>();
        peers.findAllByOrderByName().forEach(peer -> names.put(peer.id(), peer.name()));
        return names;
    }
}
