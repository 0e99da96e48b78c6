package vn.vanthu.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An agency as the directory lists it: identity, level, parent and how many agencies sit under it. */
public record AgencySummary(
        UUID id,
        AgencyCode code,
        @Nullable Decision20Code codeQd20,
        String name,
        String abbreviation,
        AgencyLevel level,
        @Nullable AgencyCode parentCode,
        long childCount,
        boolean active) {
}
