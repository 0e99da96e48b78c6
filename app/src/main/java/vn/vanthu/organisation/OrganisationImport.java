package vn.vanthu.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.RuleViolation;

/**
 * Loads an {@link OrganisationSnapshot} in one transaction: all of it or nothing. The same rules hold as for one
 * agency or person at a time (codes, tree, units), but the load is audited as one event and every new account
 * shares one initial password hashed once, so a province of thousands loads in seconds.
 */
@Service
@Transactional
public class OrganisationImport {

    private final Agencies agencies;
    private final Units units;
    private final Users users;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    OrganisationImport(Agencies agencies, Units units, Users users, PasswordEncoder passwords,
            ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.units = units;
        this.users = users;
        this.passwords = passwords;
        this.events = events;
    }

    public OrganisationImported importAll(OrganisationSnapshot snapshot, String initialPassword, String source,
            String actor) {
        Map<AgencyCode, Agency> agencyByCode = new HashMap<>();
        AgencyTreePolicy tree = new AgencyTreePolicy(id -> agencies.findById(id).orElse(null));
        List<Agency> newAgencies = new ArrayList<>();
        for (AgencyDetails details : snapshot.agencies()) {
            AgencyCode code = details.agencyCode();
            if (agencyByCode.containsKey(code) || agencies.existsByCode(code)) {
                throw new RuleViolation("organisation.agency.code.taken", code.value());
            }
            AgencyCode parentCode = details.parentAgencyCode();
            Agency parent = parentCode == null ? null : agencyByCode.computeIfAbsent(parentCode,
                    c -> agencies.findByCode(c).orElseThrow(
                            () -> new InvalidValue("parentCode", "organisation.agency.parent.not-found", c)));
            tree.checkPlacement(details.level(), parent);
            Agency agency = new Agency(details, parent, actor).withoutEvents();
            agencyByCode.put(code, agency);
            newAgencies.add(agency);
        }
        agencies.saveAll(newAgencies);

        Map<String, Unit> unitByKey = new HashMap<>();
        List<Unit> newUnits = new ArrayList<>();
        for (OrganisationSnapshot.UnitEntry entry : snapshot.units()) {
            Agency agency = agency(agencyByCode, entry.agencyCode());
            Unit unit = new Unit(agency, entry.details(), actor).withoutEvents();
            if (unitByKey.putIfAbsent(unitKey(agency.code(), unit.abbreviation()), unit) != null) {
                throw new RuleViolation("organisation.unit.abbreviation.taken", unit.abbreviation(), agency.name());
            }
            newUnits.add(unit);
        }
        units.saveAll(newUnits);

        PasswordPolicy.check("initialPassword", initialPassword, "");
        String hash = passwords.encode(initialPassword);
        List<User> newUsers = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (OrganisationSnapshot.PersonEntry person : snapshot.people()) {
            Agency agency = agency(agencyByCode, person.agencyCode());
            Unit unit = person.unitAbbreviation() == null ? null
                    : unitByKey.get(unitKey(agency.code(), person.unitAbbreviation()));
            if (person.unitAbbreviation() != null && unit == null) {
                throw new InvalidValue("unitAbbreviation", "organisation.user.unit.not-in-agency",
                        person.unitAbbreviation());
            }
            String username = UsernameRule.normalize("username", person.username());
            if (!usernames.add(username) || users.existsByUsername(username)) {
                throw new RuleViolation("organisation.user.username.taken", username);
            }
            newUsers.add(new User(username, agency, unit, person.profile(), person.roles(), hash, actor)
                    .withoutEvents());
        }
        users.saveAll(newUsers);

        OrganisationImported imported = new OrganisationImported(UUID.randomUUID(), source, newAgencies.size(),
                newUnits.size(), newUsers.size(), actor, Instant.now());
        events.publishEvent(imported);
        return imported;
    }

    private Agency agency(Map<AgencyCode, Agency> known, String code) {
        return known.computeIfAbsent(AgencyCode.of(code), c -> agencies.findByCode(c)
                .orElseThrow(() -> new InvalidValue("agencyCode", "organisation.agency.not-found", c)));
    }

    private static String unitKey(AgencyCode agency, String abbreviation) {
        return agency.value() + "/" + abbreviation.toLowerCase(Locale.ROOT);
    }
}
