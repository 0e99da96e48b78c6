package vn.vanthu.organisation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One agency with everything known about it, and the version to edit it on. */
public record AgencyView(
        UUID id,
        AgencyCode code,
        @Nullable Decision20Code codeQd20,
        String name,
        String abbreviation,
        AgencyLevel level,
        @Nullable AgencyCode parentCode,
        int sortOrder,
        Contact contact,
        boolean active,
        @Nullable Long version) {

    static AgencyView of(Agency agency, @Nullable Agency parent) {
        return new AgencyView(agency.id(), agency.code(), agency.codeQd20(), agency.name(), agency.abbreviation(),
                agency.level(), parent == null ? null : parent.code(), agency.sortOrder(), agency.contact(),
                agency.active(), agency.version());
    }
}
