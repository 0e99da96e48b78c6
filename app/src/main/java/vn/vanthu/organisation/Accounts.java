package vn.vanthu.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in against the accounts of the organisation: checks the password, counts failures, locks an account after
 * too many and records every attempt as an event for the audit trail. The web form and the API token endpoint
 * both come here.
 */
@Service
@Transactional
public class Accounts {

    private final Users users;
    private final Agencies agencies;
    private final Units units;
    private final PasswordEncoder passwords;
    private final LockoutPolicy lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Compared against when the user name is unknown, so that the answer takes as long as for a known one. */
    private final String decoyHash;

    Accounts(Users users, Agencies agencies, Units units, PasswordEncoder passwords, LockoutPolicy lockout,
            ApplicationEventPublisher events, Optional<Clock> clock) {
        this.users = users;
        this.agencies = agencies;
        this.units = units;
        this.passwords = passwords;
        this.lockout = lockout;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * One attempt. The account's row stays locked while it is judged, so attempts on one account count one after
     * another. The password is checked in every case, so the time taken says nothing either.
     */
    public SignInOutcome signIn(String username, String password, String channel, String remoteAddress) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<User> found = UsernameRule.possible(name) ? users.findForSignIn(name) : Optional.empty();
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            return refuse(new SignInFailed(UsernameRule.recordable(name), null, SignInRefusal.UNKNOWN_USER, channel,
                    remoteAddress, null, now));
        }
        User user = found.get();
        AgencyCode agency = agencies.findById(user.agencyId()).orElseThrow().code();
        boolean passwordMatches = passwords.matches(password, user.passwordHash());
        if (user.isLocked(now)) {
            return refuse(new SignInFailed(name, agency, SignInRefusal.LOCKED, channel, remoteAddress, null, now));
        }
        if (!passwordMatches) {
            Instant lockedNow = user.signInFailed(lockout, now);
            users.save(user);
            return refuse(new SignInFailed(name, agency, SignInRefusal.BAD_CREDENTIALS, channel, remoteAddress,
                    lockedNow, now));
        }
        if (!user.enabled()) {
            return refuse(new SignInFailed(name, agency, SignInRefusal.DISABLED, channel, remoteAddress, null, now));
        }
        user.signedIn(now);
        users.save(user);
        events.publishEvent(new SignInSucceeded(user.id(), name, agency, channel, remoteAddress, now));
        return new SignInOutcome.SignedIn(currentUser(user));
    }

    /** Whether {@code username} exists and has {@code password}, without it counting as a sign-in attempt. */
    @Transactional(readOnly = true)
    public boolean hasPassword(String username, String password) {
        return users.findByUsername(username).map(user -> passwords.matches(password, user.passwordHash()))
                .orElse(false);
    }

    /**
     * The person behind an API token issued at {@code issuedAt}, if the account may still act: enabled, not locked,
     * and its password not changed since (a reset password ends the old tokens too).
     */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> activeUser(UUID id, Instant issuedAt) {
        Instant now = clock.instant();
        return users.findById(id)
                .filter(User::enabled)
                .filter(user -> !user.isLocked(now))
                .filter(user -> !user.passwordChangedAfter(issuedAt))
                .map(this::currentUser);
    }

    private SignInOutcome refuse(SignInFailed failure) {
        events.publishEvent(failure);
        return new SignInOutcome.Refused(failure.reason());
    }

    private CurrentUser currentUser(User user) {
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        Unit unit = user.unitId() == null ? null : units.findById(user.unitId()).orElse(null);
        return new CurrentUser(user.id(), user.username(), user.fullName(), user.positionTitle(), agency.code(),
                agency.name(), user.unitId(), unit == null ? null : unit.name(), user.roles());
    }
}
