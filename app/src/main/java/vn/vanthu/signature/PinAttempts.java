package vn.vanthu.signature;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.RuleViolation;
import vn.vanthu.core.VietnamTime;

/**
 * Counts wrong PINs in a row for each key VanThu keeps, as a hardware token does: after {@link #MAX_FAILURES} the key
 * rests for {@link #REST}, so a stolen session cannot try a million six-digit PINs. A right PIN starts the count again.
 * A wrong PIN is counted in a transaction of its own, which the refusal does not roll back.
 */
@Component
class PinAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration REST = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final TransactionTemplate own;

    PinAttempts(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // a wrong PIN counts even when the caller's transaction rolls back with the refusal
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Opens a key with its PIN through {@code open}, counting a wrong PIN (the {@code pin} field's refusal) and
     * refusing at once while the key rests.
     */
    <T> T opened(UUID certificateId, java.util.function.Supplier<T> open) {
        checkOpen(certificateId);
        try {
            T opened = open.get();
            succeeded(certificateId);
            return opened;
        } catch (vn.vanthu.core.InvalidValue refusal) {
            if ("pin".equals(refusal.field())) {
                failed(certificateId);
            }
            throw refusal;
        }
    }

    /** Refuses while the key rests. */
    void checkOpen(UUID certificateId) {
        jdbc.sql("select pin_locked_until from signing_certificate where id = ?").param(certificateId)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional()
                .filter(until -> until.toInstant().isAfter(Instant.now()))
                .ifPresent(until -> {
                    throw new RuleViolation("signature.pin.locked", VietnamTime.format(until.toInstant()));
                });
    }

    void failed(UUID certificateId) {
        own.executeWithoutResult(status -> jdbc.sql("""
                update signing_certificate set
                    pin_locked_until = case when pin_failures + 1 >= ? then ? else pin_locked_until end,
                    pin_failures = case when pin_failures + 1 >= ? then 0 else pin_failures + 1 end
                where id = ?
                """)
                .params(MAX_FAILURES, OffsetDateTime.now(ZoneOffset.UTC).plus(REST), MAX_FAILURES, certificateId)
                .update());
    }

    void succeeded(UUID certificateId) {
        jdbc.sql("update signing_certificate set pin_failures = 0 where id = ? and pin_failures <> 0")
                .param(certificateId).update();
    }
}
