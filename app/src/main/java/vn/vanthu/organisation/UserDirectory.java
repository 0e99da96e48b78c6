package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.Paging;
import vn.vanthu.core.SearchKey;

/**
 * People as administrators read them. An agency administrator sees only their agency: a listing of another agency
 * is refused, a person of another agency does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    /** People by name, then user name: how a list of staff is read. */
    private static final Sort BY_NAME = Sort.by("searchKey", "username");

    private final Agencies agencies;
    private final Units units;
    private final Users users;

    UserDirectory(Agencies agencies, Units units, Users users) {
        this.agencies = agencies;
        this.units = units;
        this.users = users;
    }

    /**
     * People of {@code agency} (null: every agency, for system administrators; an agency administrator gets their
     * own agency), filtered by unit, role and text.
     */
    public Page<UserView> search(@Nullable AgencyCode agency, @Nullable UUID unitId, @Nullable Role role,
            @Nullable String text, Pageable pageable, CurrentUser by) {
        AgencyCode scope = agency != null ? agency : by.isAdmin() ? null : by.agencyCode();
        UUID agencyId = null;
        if (scope != null) {
            AdministrationPolicy.checkAdministers(by, scope);
            agencyId = agencies.findByCode(scope)
                    .orElseThrow(() -> new NotFound("organisation.agency.not-found", scope)).id();
        } else {
            AdministrationPolicy.checkManagesAgencies(by);
        }
        String key = text == null ? "" : SearchKey.forLike(text);
        Page<User> page = users.search(agencyId, unitId, role, key, Paging.of(pageable, BY_NAME));
        return page.map(views(page.getContent()));
    }

    public UserView find(UUID id, CurrentUser by) {
        User user = users.findById(id).orElseThrow(() -> new NotFound("organisation.user.not-found", id));
        UserView view = view(user);
        AdministrationPolicy.checkSees(by, view.agencyCode(), "organisation.user.not-found", id);
        return view;
    }

    UserView view(User user) {
        return views(Set.of(user)).apply(user);
    }

    /** Looks up the agencies and units of a page of people in two queries instead of two per person. */
    private Function<User, UserView> views(Collection<User> page) {
        Map<UUID, Agency> agencyById = agencies.findAllById(page.stream().map(User::agencyId)
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<UUID, Unit> unitById = units.findAllById(page.stream().map(User::unitId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        Instant now = Instant.now();
        return user -> {
            Agency agency = agencyById.get(user.agencyId());
            Unit unit = user.unitId() == null ? null : unitById.get(user.unitId());
            return new UserView(user.id(), user.username(), user.fullName(), user.positionTitle(), user.email(),
                    user.telephone(), agency.code(), agency.name(), user.unitId(), unit == null ? null : unit.name(),
                    user.roles(), user.enabled(), user.isLocked(now), user.lockedUntil(), user.lastSignInAt(),
                    user.version());
        };
    }
}
