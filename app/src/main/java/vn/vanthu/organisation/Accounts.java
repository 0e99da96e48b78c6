package vn.vanthu.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;

/**
 * Proving who one is: sign-in with a password, the person behind an API token, changing one's own password. Wrong
 * passwords are counted and lock the account after too many; every attempt is an event for the audit trail. The
 * password is hashed outside any transaction, so a flood of attempts holds no database connection and no row lock
 * while Argon2 works.
 */
@Service
public class Accounts {

    /** The channel a failed password change is recorded under, beside "web" and "api" sign-ins. */
    static final String PASSWORD_CHANGE = "password-change";

    private final Users users;
    private final Agencies agencies;
    private final Units units;
    private final SignInRecords records;
    private final PasswordEncoder passwords;
    private final LockoutPolicy lockout;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;
    private final Clock clock;
    private final ActiveUsers activeUsers;
    /** Compared against when the user name is unknown, so that the answer takes as long as for a known one. */
    private final String decoyHash;

    Accounts(Users users, Agencies agencies, Units units, SignInRecords records, PasswordEncoder passwords,
            LockoutPolicy lockout, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ActiveUsers activeUsers, Optional<Clock> clock) {
        this.users = users;
        this.agencies = agencies;
        this.units = units;
        this.records = records;
        this.passwords = passwords;
        this.lockout = lockout;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock.orElse(Clock.systemUTC());
        this.activeUsers = activeUsers;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * One attempt. Every refusal looks the same to the caller and the password is checked in every case, so neither
     * the answer nor its timing tells whether the name exists or the account is locked.
     */
    public SignInOutcome signIn(String username, String password, String channel, String remoteAddress) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<Credentials> found = UsernameRule.possible(name) ? credentials(name) : Optional.empty();
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            return refuse(new SignInFailed(UUID.randomUUID(), UsernameRule.recordable(name), null,
                    SignInRefusal.UNKNOWN_USER, channel, remoteAddress, null, now));
        }
        Credentials account = found.get();
        boolean passwordMatches = passwords.matches(password, account.passwordHash());
        if (account.lockedAt(now)) {
            return refuse(account.failure(SignInRefusal.LOCKED, channel, remoteAddress, null, now));
        }
        if (!passwordMatches) {
            return transaction.execute(status -> {
                Instant lockedNow = records.failed(account.id(), now, lockout);
                return refuse(account.failure(SignInRefusal.BAD_CREDENTIALS, channel, remoteAddress, lockedNow, now));
            });
        }
        if (!account.enabled()) {
            return refuse(account.failure(SignInRefusal.DISABLED, channel, remoteAddress, null, now));
        }
        return transaction.execute(status -> {
            if (!records.succeeded(account.id(), now)) {
                return refuse(account.failure(SignInRefusal.LOCKED, channel, remoteAddress, null, now));
            }
            events.publishEvent(new SignInSucceeded(UUID.randomUUID(), account.id(), name, account.agency(), channel,
                    remoteAddress, now));
            return new SignInOutcome.SignedIn(currentUser(users.findById(account.id()).orElseThrow()));
        });
    }

    /**
     * A person changes their own password, proving they know the current one. A wrong current password counts as a
     * failed sign-in, so a session left open is no way around the lock-out.
     */
    public void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword, String remoteAddress) {
        Instant now = clock.instant();
        Credentials account = credentials(me.username())
                .orElseThrow(() -> new NotFound("organisation.user.not-found", me.id()));
        boolean currentMatches = passwords.matches(currentPassword, account.passwordHash());
        boolean locked = account.lockedAt(now);
        if (locked || !currentMatches) {
            transaction.executeWithoutResult(status -> {
                Instant lockedNow = locked ? null : records.failed(account.id(), now, lockout);
                events.publishEvent(account.failure(locked ? SignInRefusal.LOCKED : SignInRefusal.BAD_CREDENTIALS,
                        PASSWORD_CHANGE, remoteAddress, lockedNow, now));
            });
            throw new InvalidValue("currentPassword", "organisation.password.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new InvalidValue("newPassword", "organisation.password.unchanged");
        }
        PasswordPolicy.check("newPassword", newPassword, me.username());
        String hash = passwords.encode(newPassword);
        transaction.executeWithoutResult(status -> {
            User user = users.findById(account.id()).orElseThrow();
            users.save(user.setPassword(me.agencyCode(), hash, me.username()));
        });
    }

    /** Whether {@code username} exists and has {@code password}, without it counting as a sign-in attempt. */
    public boolean hasPassword(String username, String password) {
        return credentials(username).map(account -> passwords.matches(password, account.passwordHash()))
                .orElse(false);
    }

    /**
     * The person behind an API token, if the account may still act: enabled, and its password the one the token was
     * issued under (a reset password ends the old tokens). A lock-out does not end tokens: it stops guessing, and
     * letting guesses switch off a working integration would hand a stranger that power.
     */
    public Optional<CurrentUser> activeUser(UUID id, long credentialStamp) {
        return activeUsers.find(id, credentialStamp);
    }

    /** What a new API token of this person carries, so that it ends when the password changes. */
    public long credentialStamp(UUID id) {
        return reading.execute(status -> users.findById(id).map(User::credentialStamp)
                .orElseThrow(() -> new NotFound("organisation.user.not-found", id)));
    }

    private Optional<Credentials> credentials(String username) {
        return reading.execute(status -> users.findByUsername(username).map(user -> new Credentials(user.id(),
                user.username(), user.passwordHash(), user.enabled(), user.lockedUntil(),
                // a system administrator's sign-ins belong to no agency's trail: an agency administrator of the same
                // agency has no business watching them
                user.roles().contains(Role.ADMIN) ? null
                        : agencies.findById(user.agencyId()).orElseThrow().code())));
    }

    private SignInOutcome refuse(SignInFailed failure) {
        transaction.executeWithoutResult(status -> events.publishEvent(failure));
        return new SignInOutcome.Refused(failure.reason());
    }

    private CurrentUser currentUser(User user) {
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        Unit unit = user.unitId() == null ? null : units.findById(user.unitId()).orElse(null);
        return new CurrentUser(user.id(), user.username(), user.fullName(), user.positionTitle(), agency.code(),
                agency.name(), user.unitId(), unit == null ? null : unit.name(), user.roles());
    }

    /** What sign-in needs of an account, read before the password is hashed. */
    private record Credentials(UUID id, String username, String passwordHash, boolean enabled,
            @Nullable Instant lockedUntil, @Nullable AgencyCode agency) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        SignInFailed failure(SignInRefusal reason, String channel, String remoteAddress, @Nullable Instant lockedNow,
                Instant now) {
            return new SignInFailed(UUID.randomUUID(), username, agency, reason, channel, remoteAddress, lockedNow,
                    now);
        }
    }
}
