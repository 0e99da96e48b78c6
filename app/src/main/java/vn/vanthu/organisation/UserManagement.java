package vn.vanthu.organisation;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;

/**
 * Opening and editing accounts, resetting passwords and unlocking: by the system administrator for everyone, by an
 * agency administrator for their own agency, under {@link AdministrationPolicy}.
 */
@Service
@Transactional
public class UserManagement {

    /** Roles that only make sense inside a unit. */
    private static final Set<Role> UNIT_ROLES = EnumSet.of(Role.UNIT_HEAD, Role.SPECIALIST);

    private final Agencies agencies;
    private final Units units;
    private final Users users;
    private final PasswordEncoder passwords;
    private final UserDirectory directory;

    UserManagement(Agencies agencies, Units units, Users users, PasswordEncoder passwords, UserDirectory directory) {
        this.agencies = agencies;
        this.units = units;
        this.users = users;
        this.passwords = passwords;
        this.directory = directory;
    }

    /** Refuses, before a form is shown, someone who could not open an account in {@code agency}. */
    public void checkMayOpenAccountsIn(AgencyCode agency, CurrentUser by) {
        AdministrationPolicy.checkAdministers(by, agency);
    }

    /** The account as its edit form starts, refused to someone who could not save it. */
    @Transactional(readOnly = true)
    public UserView editable(UUID id, CurrentUser by) {
        User user = manageable(id, by);
        AdministrationPolicy.checkTouches(by, user);
        return directory.view(user);
    }

    public UserView create(NewUser account, CurrentUser by) {
        AgencyCode code = AgencyCode.of(account.agencyCode());
        Agency agency = agencies.findByCode(code)
                .orElseThrow(() -> new InvalidValue("agencyCode", "organisation.agency.not-found", code));
        AdministrationPolicy.checkAdministers(by, code);
        AdministrationPolicy.checkGrants(by, account.roles());
        String username = UsernameRule.normalize("username", account.username());
        if (users.existsByUsername(username)) {
            throw new RuleViolation("organisation.user.username.taken", username);
        }
        Unit unit = unitOf(agency, account.unitId(), account.roles());
        PasswordPolicy.check("password", account.password(), username);
        User user = new User(username, agency, unit, account.profile(), account.roles(),
                passwords.encode(account.password()), by.username());
        return directory.view(users.save(user));
    }

    public UserView change(UUID id, UserChanges changes, CurrentUser by) {
        User user = manageable(id, by);
        user.checkVersion(changes.version());
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        AdministrationPolicy.checkEdits(by, user, changes.roles());
        if (user.id().equals(by.id()) && (!changes.enabled() || lostAdministration(user, changes.roles()))) {
            throw new RuleViolation("organisation.user.no-self-lockout");
        }
        Unit unit = unitOf(agency, changes.unitId(), changes.roles());
        return directory.view(users.save(
                user.change(agency.code(), changes.profile(), unit, changes.roles(), changes.enabled(),
                        by.username())));
    }

    public UserView resetPassword(UUID id, String newPassword, CurrentUser by) {
        User user = manageable(id, by);
        AdministrationPolicy.checkTouches(by, user);
        PasswordPolicy.check("password", newPassword, user.username());
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        return directory.view(users.save(user.setPassword(agency.code(), passwords.encode(newPassword),
                by.username())));
    }

    public UserView unlock(UUID id, CurrentUser by) {
        User user = manageable(id, by);
        AdministrationPolicy.checkTouches(by, user);
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        return directory.view(users.save(user.unlock(agency.code(), by.username())));
    }

    private User manageable(UUID id, CurrentUser by) {
        User user = users.findById(id).orElseThrow(() -> new NotFound("organisation.user.not-found", id));
        Agency agency = agencies.findById(user.agencyId()).orElseThrow();
        AdministrationPolicy.checkSees(by, agency.code(), "organisation.user.not-found", id);
        return user;
    }

    private @Nullable Unit unitOf(Agency agency, @Nullable UUID unitId, Set<Role> roles) {
        if (unitId == null) {
            if (roles.stream().anyMatch(UNIT_ROLES::contains)) {
                throw new InvalidValue("unitId", "organisation.user.unit.required");
            }
            return null;
        }
        Unit unit = units.findById(unitId)
                .filter(u -> u.agencyId().equals(agency.id()))
                .orElseThrow(() -> new InvalidValue("unitId", "organisation.user.unit.not-in-agency", unitId));
        if (!unit.active()) {
            throw new InvalidValue("unitId", "organisation.user.unit.closed", unit.name());
        }
        return unit;
    }

    private static boolean lostAdministration(User user, Set<Role> newRoles) {
        return user.roles().contains(Role.ADMIN) && !newRoles.contains(Role.ADMIN)
                || user.roles().contains(Role.AGENCY_ADMIN) && !newRoles.contains(Role.AGENCY_ADMIN);
    }
}
