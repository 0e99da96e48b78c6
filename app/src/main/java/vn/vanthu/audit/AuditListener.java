package vn.vanthu.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.vanthu.core.Audited;

/**
 * Puts every audited event in line for the chain once its transaction has committed. The event publication registry
 * keeps the event until the record is staged, so a crash between the change and its audit row loses nothing; the
 * staging is one statement of its own, hence no transaction around it.
 */
@Component
class AuditListener {

    private final AuditTrail trail;
    private final AuditChainer chainer;

    AuditListener(AuditTrail trail, AuditChainer chainer) {
        this.trail = trail;
        this.chainer = chainer;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(Audited event) {
        trail.stage(event.auditRecord());
        chainer.request();
    }
}
