package vn.vanthu.core;

/**
 * An event that belongs in the audit trail. The audit module listens for every event of this type, so a module
 * gets its changes audited by publishing them, without calling the audit module.
 */
public interface Audited {

    /** The facts of the event as the trail keeps them. */
    AuditRecord auditRecord();
}
