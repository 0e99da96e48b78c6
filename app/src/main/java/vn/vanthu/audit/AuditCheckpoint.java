package vn.vanthu.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes where the audit chain ends to the application log every hour. Logs are shipped away from the database, so
 * a trail cut short and its head moved back would still disagree with a checkpoint written before.
 */
@Component
class AuditCheckpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoint.class);

    private final AuditTrail trail;

    AuditCheckpoint(AuditTrail trail) {
        this.trail = trail;
    }

    @Scheduled(fixedDelayString = "${vanthu.audit.checkpoint-interval:1h}", initialDelayString = "1m")
    @SchedulerLock(name = "audit-checkpoint", lockAtLeastFor = "50m", lockAtMostFor = "55m")
    void checkpoint() {
        AuditTrail.Head head = trail.head();
        LOG.info("Audit checkpoint: seq={} hash={}", head.seq(), head.hash());
    }
}
