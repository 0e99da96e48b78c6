package vn.vanthu.organisation;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.RuleViolation;

/** The units (phòng, ban) of an agency, managed by its agency administrator or the system administrator. */
@Service
@Transactional
public class UnitManagement {

    private final Agencies agencies;
    private final Units units;
    private final Users users;

    UnitManagement(Agencies agencies, Units units, Users users) {
        this.agencies = agencies;
        this.units = units;
        this.users = users;
    }

    /** Units of an agency as anyone signed in may list them (to address a document to a unit, say). */
    @Transactional(readOnly = true)
    public List<UnitView> unitsOf(AgencyCode code) {
        Agency agency = agency(code);
        Map<UUID, Long> headcount = users.headcountByUnit(agency.id()).stream()
                .collect(Collectors.toMap(Users.Headcount::unitId, Users.Headcount::people));
        return units.findByAgencyIdOrderBySortOrderAscNameAsc(agency.id()).stream()
                .map(unit -> view(agency, unit, headcount.getOrDefault(unit.id(), 0L)))
                .toList();
    }

    @Transactional(readOnly = true)
    public UnitView unit(UUID id) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFound("organisation.unit.not-found", id));
        return view(agencies.findById(unit.agencyId()).orElseThrow(), unit);
    }

    /** Refuses, before the page is shown, someone who does not administer the units of {@code agency}. */
    public void checkManagesUnitsOf(AgencyCode agency, CurrentUser by) {
        AdministrationPolicy.checkAdministers(by, agency);
    }

    /** The unit as its edit form starts, refused to someone who could not save it. */
    @Transactional(readOnly = true)
    public UnitView editable(UUID id, CurrentUser by) {
        Unit unit = manageable(id, by);
        return view(agencies.findById(unit.agencyId()).orElseThrow(), unit);
    }

    public UnitView create(AgencyCode code, UnitDetails details, CurrentUser by) {
        Agency agency = agency(code);
        AdministrationPolicy.checkAdministers(by, agency.code());
        checkAbbreviationFree(agency, details.abbreviation());
        return view(agency, units.save(new Unit(agency, details, by.username())));
    }

    public UnitView change(UUID id, UnitDetails details, CurrentUser by) {
        Unit unit = manageable(id, by);
        unit.checkVersion(details.version());
        Agency agency = agencies.findById(unit.agencyId()).orElseThrow();
        if (!unit.abbreviation().equalsIgnoreCase(details.abbreviation().strip())) {
            checkAbbreviationFree(agency, details.abbreviation());
        }
        return view(agency, units.save(unit.change(agency.code(), details, by.username())));
    }

    /** Closes the unit; refused while active people still belong to it. */
    public UnitView close(UUID id, CurrentUser by) {
        Unit unit = manageable(id, by);
        Agency agency = agencies.findById(unit.agencyId()).orElseThrow();
        long people = users.countByUnitIdAndEnabledTrue(unit.id());
        if (people > 0) {
            throw new RuleViolation("organisation.unit.not-empty", unit.name(), people);
        }
        return view(agency, units.save(unit.close(agency.code(), by.username())));
    }

    private Unit manageable(UUID id, CurrentUser by) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFound("organisation.unit.not-found", id));
        Agency agency = agencies.findById(unit.agencyId()).orElseThrow();
        AdministrationPolicy.checkSees(by, agency.code(), "organisation.unit.not-found", id);
        return unit;
    }

    private void checkAbbreviationFree(Agency agency, String abbreviation) {
        if (units.existsByAgencyIdAndAbbreviationIgnoreCase(agency.id(), abbreviation.strip())) {
            throw new RuleViolation("organisation.unit.abbreviation.taken", abbreviation.strip(), agency.name());
        }
    }

    private Agency agency(AgencyCode code) {
        return agencies.findByCode(code).orElseThrow(() -> new NotFound("organisation.agency.not-found", code));
    }

    private UnitView view(Agency agency, Unit unit) {
        return view(agency, unit, users.countByUnitIdAndEnabledTrue(unit.id()));
    }

    private static UnitView view(Agency agency, Unit unit, long people) {
        return new UnitView(unit.id(), agency.code(), unit.name(), unit.abbreviation(), unit.sortOrder(),
                unit.active(), people, unit.version());
    }
}
