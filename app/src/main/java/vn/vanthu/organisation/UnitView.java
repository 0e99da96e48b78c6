package vn.vanthu.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A unit as lists show it, with how many active people work in it and the version to edit it on. */
public record UnitView(UUID id, AgencyCode agencyCode, String name, String abbreviation, int sortOrder,
        boolean active, long people, @Nullable Long version) {
}
