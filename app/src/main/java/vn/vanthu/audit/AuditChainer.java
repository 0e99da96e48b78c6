package vn.vanthu.audit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Links staged audit records into the chain on one thread of this node. Requests that come while it works fold into
 * its next round, so under load each round chains a batch under one lock instead of one record a lock. A look every
 * second takes what another node's chainer left when this one held the lock.
 */
@Component
class AuditChainer implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainer.class);

    /** How many records may leave dead rows in the line before it is vacuumed (a few seconds at a busy hour). */
    private static final int VACUUM_EVERY = 2_000;

    private final AuditTrail trail;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "audit-chainer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    /** Records taken out of line since the line was last vacuumed; touched by the worker thread only. */
    private long takenSinceVacuum;

    AuditChainer(AuditTrail trail) {
        this.trail = trail;
    }

    /** Asks for a round soon; returns at once. */
    void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            worker.execute(this::rounds);
        }
    }

    @Scheduled(fixedDelayString = "${vanthu.audit.chain-interval:1s}", initialDelayString = "5s")
    void look() {
        // a plain read first: an idle node should not lock the head (a write) every second
        if (trail.hasPending()) {
            request();
        }
    }

    private void rounds() {
        try {
            while (requested.getAndSet(false)) {
                int taken;
                do {
                    taken = trail.chainPending(false);
                    takenSinceVacuum += taken;
                } while (taken == AuditTrail.BATCH);
            }
            if (takenSinceVacuum >= VACUUM_EVERY) {
                takenSinceVacuum = 0;
                trail.vacuumLine();
            }
        } catch (RuntimeException e) {
            // the records stay in line; the next look tries again
            LOG.warn("Could not chain audit records: {}", e.getMessage());
        } finally {
            running.set(false);
        }
        // a request that came between the last round and the flag going down would otherwise wait for the next look
        if (requested.get() && running.compareAndSet(false, true)) {
            worker.execute(this::rounds);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
