package vn.vanthu.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Colleagues, for the modules that route work between them: who leads an agency, who heads a unit, who works in
 * it. Only enabled people are offered for new work; anyone is found by id, to show who did what.
 */
@Service
@Transactional(readOnly = true)
public class People {

    private final Users users;
    private final Agencies agencies;
    private final Units units;

    People(Users users, Agencies agencies, Units units) {
        this.users = users;
        this.agencies = agencies;
        this.units = units;
    }

    public Optional<Person> person(UUID id) {
        return users.findById(id).map(user -> persons(List.of(user)).get(0));
    }

    public Optional<Person> byUsername(String username) {
        return users.findByUsername(username).map(user -> persons(List.of(user)).get(0));
    }

    public Map<UUID, Person> persons(Collection<UUID> ids) {
        return persons(users.findAllById(ids)).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /** Everyone enabled in {@code agency} with {@code role}, by name. */
    public List<Person> withRole(AgencyCode agency, Role role) {
        return agencies.findByCode(agency)
                .map(found -> persons(users.findEnabledWithRole(found.id(), role)))
                .orElse(List.of());
    }

    /** Everyone enabled in a unit, by name. */
    public List<Person> inUnit(UUID unitId) {
        return persons(users.findByUnitIdAndEnabledTrueOrderBySearchKey(unitId));
    }

    /** The units of {@code agency} that are open, for routing work to a unit. */
    public List<UnitView> unitsOf(AgencyCode agency) {
        return agencies.findByCode(agency)
                .map(found -> units.findByAgencyIdOrderBySortOrderAscNameAsc(found.id()).stream()
                        .filter(Unit::active)
                        .map(unit -> new UnitView(unit.id(), agency, unit.name(), unit.abbreviation(),
                                unit.sortOrder(), true, 0, unit.version()))
                        .toList())
                .orElse(List.of());
    }

    public Optional<UnitView> unit(UUID id) {
        return units.findById(id).map(unit -> new UnitView(unit.id(),
                agencies.findById(unit.agencyId()).orElseThrow().code(), unit.name(), unit.abbreviation(),
                unit.sortOrder(), unit.active(), 0, unit.version()));
    }

    private List<Person> persons(List<User> found) {
        Map<UUID, Agency> agencyById = agencies.findAllById(found.stream().map(User::agencyId).toList()).stream()
                .collect(Collectors.toMap(Agency::id, Function.identity()));
        Map<UUID, Unit> unitById = units.findAllById(found.stream().map(User::unitId)
                        .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(Unit::id, Function.identity()));
        return found.stream().map(user -> {
            Unit unit = user.unitId() == null ? null : unitById.get(user.unitId());
            return new Person(user.id(), user.username(), user.fullName(), user.positionTitle(),
                    agencyById.get(user.agencyId()).code(), user.unitId(), unit == null ? null : unit.name(),
                    user.roles(), user.enabled());
        }).toList();
    }
}
