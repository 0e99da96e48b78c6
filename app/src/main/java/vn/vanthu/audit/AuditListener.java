package vn.vanthu.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.vanthu.core.AfterCommit;
import vn.vanthu.core.Audited;

/**
 * Puts every audited event in line for the chain within the transaction that publishes it: the change and its audit
 * record commit together or not at all, so no crash can leave a change without its record, and no publication has to
 * be kept and completed for the audit's sake. The chain itself is linked later, in batches, by the
 * {@link AuditChainer}.
 */
@Component
class AuditListener {

    private final AuditTrail trail;
    private final AuditChainer chainer;

    AuditListener(AuditTrail trail, AuditChainer chainer) {
        this.trail = trail;
        this.chainer = chainer;
    }

    @EventListener
    void on(Audited event) {
        trail.stage(event.auditRecord());
        AfterCommit.run(chainer::request);
    }
}
