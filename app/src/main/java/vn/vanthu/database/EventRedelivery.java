package vn.vanthu.database;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands failed event publications to their listeners again. A listener fails when the database hiccups or a node
 * dies in the middle; the publication registry has kept the event, and this job sees it through, so an audit row or
 * a session revocation is late at worst, never lost. Publications stuck in processing or never picked up turn
 * failed after {@code spring.modulith.events.staleness.*}.
 */
@Component
class EventRedelivery {

    private static final ResubmissionOptions OPTIONS = ResubmissionOptions.defaults()
            .withMinAge(Duration.ofMinutes(1))
            .withBatchSize(200);

    private final FailedEventPublications failed;

    EventRedelivery(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${vanthu.events.redelivery-interval:1m}", initialDelayString = "1m")
    // held at least most of a period, so that N nodes together still run it about once a minute, not N times
    @SchedulerLock(name = "event-redelivery", lockAtLeastFor = "50s", lockAtMostFor = "5m")
    void redeliver() {
        failed.resubmit(OPTIONS);
    }
}
