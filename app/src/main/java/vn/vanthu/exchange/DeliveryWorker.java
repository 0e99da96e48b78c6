package vn.vanthu.exchange;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import net.javacrumbs.shedlock.core.LockExtender;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Empties the outbox: every package due goes to its peer, a few at a time, and is marked sent only on the peer's
 * 202. A failure waits twice as long as the one before it (from {@code firstRetry} up to {@code maxRetryDelay});
 * a refusal the peer will repeat, or too many failures, sets the package aside for the administrator. The state is
 * in the database, so a restart goes on where it stopped, and ShedLock lets one node send at a time.
 */
@Component
class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 64;
    private static final int PARALLEL = 8;

    private final ExchangePackages packages;
    private final ConnectedSystems peers;
    private final PackageStore store;
    private final PeerClient client;
    private final JdbcClient jdbc;
    private final ExchangeSettings settings;
    private final TransactionTemplate transaction;
    private final ExecutorService senders = Executors.newFixedThreadPool(PARALLEL, runnable -> {
        Thread thread = new Thread(runnable, "exchange-sender");
        thread.setDaemon(true);
        return thread;
    });

    DeliveryWorker(ExchangePackages packages, ConnectedSystems peers, PackageStore store, PeerClient client,
            JdbcClient jdbc, ExchangeSettings settings, PlatformTransactionManager transactions) {
        this.packages = packages;
        this.peers = peers;
        this.store = store;
        this.client = client;
        this.jdbc = jdbc;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    // A node killed while sending keeps the lock until lockAtMostFor: short, so that a restarted node (or another)
    // takes over within minutes; each batch extends it, as one batch lasts at most one request timeout.
    @Scheduled(fixedDelayString = "${vanthu.exchange.poll:500ms}", initialDelayString = "2s")
    @SchedulerLock(name = "exchange-delivery", lockAtMostFor = "3m")
    void sendDue() {
        List<UUID> due;
        while (!(due = packages.findDue(Instant.now(), BATCH)).isEmpty()) {
            LockExtender.extendActiveLock(settings.requestTimeout().plusMinutes(1), Duration.ZERO);
            List<Future<?>> sending = new ArrayList<>();
            for (UUID id : due) {
                sending.add(senders.submit(() -> send(id)));
            }
            for (Future<?> one : sending) {
                try {
                    one.get();
                } catch (ExecutionException e) {
                    LOG.warn("Sending a package failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One attempt at one package, with its outcome recorded. */
    void send(UUID id) {
        ExchangePackage outgoing = packages.findById(id).orElse(null);
        if (outgoing == null || outgoing.state() != PackageState.PENDING || outgoing.peerId() == null) {
            return;
        }
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        boolean taken = false;
        boolean final_ = false;
        ConnectedSystems.Connection peer = peers.connection(outgoing.peerId()).orElse(null);
        if (peer == null || !peer.active() || !peer.push()) {
            error = "peer-inactive";
        } else {
            try {
                PeerClient.Answer answer = client.send(peer, store.path(outgoing.fileId()), outgoing.sha256());
                status = answer.status();
                taken = answer.taken();
                final_ = answer.final_();
                error = taken ? null : "HTTP " + answer.status() + ": " + answer.body();
            } catch (IOException e) {
                // a refused connection says nothing of itself: name where it went
                error = e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "no answer from "
                        + peer.baseUrl() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        record(id, status, error, taken, final_, (int) Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void record(UUID id, @Nullable Integer status, @Nullable String error, boolean taken, boolean final_,
            int millis) {
        Instant now = Instant.now();
        if (taken) {
            // the common case, once per package: one statement, without loading the package again
            jdbc.sql("with done as (update exchange_package set state = 'DONE', done_at = :at, next_attempt_at = null, "
                    + "last_error = null where id = :id returning id) insert into exchange_attempt "
                    + "(package_id, at, http_status, millis) select id, :at, :status, :millis from done")
                    .param("id", id).param("at", now.atOffset(ZoneOffset.UTC)).param("status", status)
                    .param("millis", millis).update();
            return;
        }
        transaction.executeWithoutResult(tx -> {
            ExchangePackage outgoing = packages.findById(id).orElseThrow();
            outgoing.failed(error == null ? "" : error, final_ ? null : retryAt(outgoing.attempts() + 1, now));
            packages.save(outgoing);
            jdbc.sql("insert into exchange_attempt (package_id, at, http_status, error, millis) values (?, ?, ?, ?, ?)")
                    .params(id, now.atOffset(ZoneOffset.UTC), status, clip(error), millis)
                    .update();
        });
        LOG.info("Package {} not taken (attempt failed): {}", id, error);
    }

    /** When the next attempt is due after {@code attempts} failures; none once they are used up. */
    @Nullable Instant retryAt(int attempts, Instant now) {
        if (attempts >= settings.maxAttempts()) {
            return null;
        }
        Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
        return now.plus(wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait);
    }

    private static @Nullable String clip(@Nullable String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
