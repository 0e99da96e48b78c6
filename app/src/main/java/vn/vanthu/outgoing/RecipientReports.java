package vn.vanthu.outgoing;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.vanthu.core.StatusMessage;

/**
 * Puts each status a recipient sends back onto the sender's recipient table, with its time. Only that recipient's
 * row is locked and changed, so statuses from ten recipients arriving at once do not trip over the document's
 * version, and two statuses of one recipient wait for each other.
 */
@Component
class RecipientReports {

    private final RecipientStatuses rows;

    RecipientReports(RecipientStatuses rows) {
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(StatusMessage message) {
        rows.of(message.originId(), message.receiver()).forEach(row -> row.report(message.status(),
                message.receivedId(), message.note(), message.occurredAt()));
    }
}
