package vn.vanthu.organisation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sign-in counters of an account, each change one atomic statement: parallel attempts all count, no row stays
 * locked while a password is hashed, and the account's version is left alone, so signing in never makes an
 * administrator's edit of the account fail.
 */
@Component
class SignInRecords {

    private final JdbcClient jdbc;

    SignInRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts a wrong password under the lock-out policy: a lock that has run out starts the count again, and the
     * failure that reaches the limit locks the account. Returns the time it is locked until when this failure locked
     * it.
     */
    @Nullable Instant failed(UUID account, Instant now, LockoutPolicy policy) {
        Instant lockUntil = now.plus(policy.lockDuration()).truncatedTo(ChronoUnit.MICROS);
        List<Optional<Instant>> lockedUntil = jdbc.sql("""
                update app_user set
                    failed_sign_ins = case when locked_until <= :now then 1 else failed_sign_ins + 1 end,
                    locked_until = case
                        when locked_until > :now then locked_until
                        when (case when locked_until <= :now then 1 else failed_sign_ins + 1 end) >= :max
                            then :lockUntil
                        end
                where id = :id
                returning locked_until
                """)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("max", policy.maxFailures())
                .param("lockUntil", lockUntil.atOffset(ZoneOffset.UTC))
                .param("id", account)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .list();
        return lockedUntil.stream().flatMap(Optional::stream).filter(lockUntil::equals).findFirst().orElse(null);
    }

    /** Records a sign-in; false when the account got locked meanwhile, and the sign-in must be refused after all. */
    boolean succeeded(UUID account, Instant now) {
        return jdbc.sql("""
                update app_user set failed_sign_ins = 0, locked_until = null, last_sign_in_at = :now
                where id = :id and (locked_until is null or locked_until <= :now)
                """)
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("id", account)
                .update() == 1;
    }
}
