package vn.vanthu.security;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.vanthu.organisation.UserChanged;

/**
 * Ends a person's open web sessions when who they are or what they may do changes (see
 * {@link UserChanged#endsSessions()}), so that a revoked right does not live on in a browser left open. It runs as
 * soon as the change commits, in the same request; the event publication registry retries it if it fails.
 */
@Component
class SessionRevocation<S extends Session> {

    private final FindByIndexNameSessionRepository<S> sessions;

    SessionRevocation(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserChanged change) {
        if (change.endsSessions()) {
            sessions.findByPrincipalName(change.username()).keySet().forEach(sessions::deleteById);
        }
    }
}
