package vn.vanthu.organisation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AggregateRoot;
import vn.vanthu.core.SearchKey;

/**
 * A person who works in VanThu: one agency, at most one unit, one or more roles, a position title as printed in
 * signature blocks (Chủ tịch, Chánh Văn phòng, Chuyên viên...). The account's sign-in state lives here too.
 */
@Entity
@Table(name = "app_user")
// an edit writes only what it changed, so it cannot put back sign-in counters read before a lock-out
@DynamicUpdate
class User extends AggregateRoot<User> {

    private String username;
    private String fullName;
    private String searchKey;
    private @Nullable String email;
    private @Nullable String telephone;
    private UUID agencyId;
    private @Nullable UUID unitId;
    private String positionTitle;
    private String passwordHash;
    private boolean enabled;
    // written by SignInRecords in single statements, never by an edit of the account (see @DynamicUpdate)
    private int failedSignIns;
    private @Nullable Instant lockedUntil;
    private @Nullable Instant lastSignInAt;
    private @Nullable Instant passwordChangedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    User(String username, Agency agency, @Nullable Unit unit, UserProfile profile, Set<Role> roles,
            String passwordHash, String by) {
        this.username = username;
        this.agencyId = agency.id();
        this.unitId = unit == null ? null : unit.id();
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.enabled = true;
        apply(profile, new Changes());
        registerEvent(new UserCreated(UUID.randomUUID(), id(), username, agency.code(), Set.copyOf(roles), by,
                Instant.now()));
    }

    protected User() {
        // for JPA
    }

    User change(AgencyCode agency, UserProfile profile, @Nullable Unit unit, Set<Role> newRoles, boolean enable,
            String by) {
        Changes changes = new Changes();
        apply(profile, changes);
        UUID newUnit = unit == null ? null : unit.id();
        unitId = changes.track("unit", unitId, newUnit);
        if (!roles.equals(newRoles)) {
            changes.track("roles", new TreeSet<>(roles).toString(), new TreeSet<>(newRoles).toString());
            roles = EnumSet.copyOf(newRoles);
        }
        enabled = changes.track("enabled", enabled, enable);
        return registerChanges(agency, changes, by);
    }

    User setPassword(AgencyCode agency, String newHash, String by) {
        passwordHash = newHash;
        passwordChangedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        failedSignIns = 0;
        lockedUntil = null;
        return registerChanges(agency, changesOf("password", "changed"), by);
    }

    User unlock(AgencyCode agency, String by) {
        if (lockedUntil == null && failedSignIns == 0) {
            return this;
        }
        Changes changes = new Changes();
        changes.track("lockedUntil", lockedUntil, null);
        lockedUntil = null;
        failedSignIns = 0;
        return registerChanges(agency, changes, by);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    private User registerChanges(AgencyCode agency, Changes changes, String by) {
        if (!changes.isEmpty()) {
            registerEvent(new UserChanged(UUID.randomUUID(), id(), username, agency, changes.asMap(), by,
                    Instant.now()));
        }
        return this;
    }

    private static Changes changesOf(String field, String what) {
        Changes changes = new Changes();
        changes.track(field, null, what);
        return changes;
    }

    private void apply(UserProfile profile, Changes changes) {
        fullName = changes.track("fullName", fullName, profile.fullName().strip());
        positionTitle = changes.track("positionTitle", positionTitle, profile.positionTitle().strip());
        email = changes.track("email", email, blankToNull(profile.email()));
        telephone = changes.track("telephone", telephone, blankToNull(profile.telephone()));
        searchKey = SearchKey.fold(fullName + " " + username);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public @Nullable String email() {
        return email;
    }

    public @Nullable String telephone() {
        return telephone;
    }

    public UUID agencyId() {
        return agencyId;
    }

    public @Nullable UUID unitId() {
        return unitId;
    }

    public String positionTitle() {
        return positionTitle;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public boolean enabled() {
        return enabled;
    }

    public @Nullable Instant lockedUntil() {
        return lockedUntil;
    }

    public @Nullable Instant lastSignInAt() {
        return lastSignInAt;
    }

    String passwordHash() {
        return passwordHash;
    }

    /**
     * What changes when the password does: API tokens carry it, so a token issued before a password change no longer
     * matches. Microseconds since the epoch, the precision the database keeps.
     */
    long credentialStamp() {
        return passwordChangedAt == null ? 0 : ChronoUnit.MICROS.between(Instant.EPOCH, passwordChangedAt);
    }
}
