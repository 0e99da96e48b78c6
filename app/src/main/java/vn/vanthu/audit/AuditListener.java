package vn.vanthu.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.vanthu.core.Audited;

/**
 * Appends every audited event once its transaction has committed. The event publication registry keeps the event
 * until this has run, so a crash between the change and its audit row loses nothing.
 */
@Component
class AuditListener {

    private final AuditTrail trail;

    AuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(Audited event) {
        trail.append(event.auditRecord());
    }
}
