package vn.vanthu.organisation;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A whole organisation to load at once: agencies (parents before children), their units and their people.
 * People refer to agencies by code and to units by abbreviation, as a spreadsheet from the province would.
 */
public record OrganisationSnapshot(List<AgencyDetails> agencies, List<UnitEntry> units, List<PersonEntry> people) {

    public record UnitEntry(String agencyCode, UnitDetails details) {
    }

    public record PersonEntry(String username, String agencyCode, @Nullable String unitAbbreviation,
            UserProfile profile, Set<Role> roles) {
    }
}
