package vn.vanthu.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.AgencyLevel;

/**
 * One agency as the API returns it, with the path from the top of the tree for breadcrumbs and the version to send
 * back with an edit.
 */
record AgencyResource(
        String code,
        @Nullable String codeQd20,
        String name,
        String abbreviation,
        AgencyLevel level,
        @Nullable String parentCode,
        int sortOrder,
        @Nullable String address,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable String fax,
        @Nullable String website,
        boolean active,
        List<PathElement> path,
        @Nullable Long version) {

    record PathElement(String code, String name) {
    }

    /** The last agency of {@code path}, which runs from the top of the tree down to it. */
    static AgencyResource of(List<AgencyView> path) {
        AgencyView agency = path.get(path.size() - 1);
        return new AgencyResource(agency.code().value(),
                agency.codeQd20() == null ? null : agency.codeQd20().value(), agency.name(), agency.abbreviation(),
                agency.level(), agency.parentCode() == null ? null : agency.parentCode().value(), agency.sortOrder(),
                agency.contact().address(), agency.contact().email(), agency.contact().telephone(),
                agency.contact().fax(), agency.contact().website(), agency.active(),
                path.stream().map(a -> new PathElement(a.code().value(), a.name())).toList(), agency.version());
    }
}
