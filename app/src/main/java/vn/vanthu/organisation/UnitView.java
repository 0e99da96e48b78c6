package vn.vanthu.organisation;

import java.util.UUID;

/** A unit as lists show it, with how many active people work in it. */
public record UnitView(UUID id, AgencyCode agencyCode, String name, String abbreviation, int sortOrder,
        boolean active, long people) {
}
